import { computeTimelineLayout } from './main/export/layout/timeline';
import { readFileSync } from 'node:fs';
void readFileSync;
// reuse bench generator by importing is not possible (it runs main); replicate small
