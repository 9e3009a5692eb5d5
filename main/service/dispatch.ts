/**
 * The one entry point both transports use: checks the method name and its argument, calls the
 * service, and turns every failure into an ApiError with a one-line message.
 */
import type { z } from 'zod';
import type { TimelineApi, TimelineMethod } from '../common/api';
import { SearchSyntaxError } from '../../db/search';
import { ImportError } from '../import/errors';
import { ApiError } from './api-error';
import { METHOD_SCHEMAS } from './schemas';

/** Whether `name` is one of the API's request-response methods. */
export function isTimelineMethod(name: string): name is TimelineMethod {
  return Object.prototype.hasOwnProperty.call(METHOD_SCHEMAS, name);
}

/** Validates and performs one call. Rejects with ApiError only. */
export async function dispatchCall(
  service: TimelineApi,
  method: string,
  argument: unknown,
): Promise<unknown> {
  if (!isTimelineMethod(method)) throw new ApiError('bad-request', `Unknown method "${method.slice(0, 60)}"`);
  const parsed = METHOD_SCHEMAS[method].safeParse(argument ?? undefined);
  if (!parsed.success)
    throw new ApiError('bad-request', `Invalid argument for ${method}: ${describeIssue(parsed.error)}`);
  try {
    const call = service[method] as (argument: unknown) => Promise<unknown>;
    return await call.call(service, parsed.data);
  } catch (error) {
    throw toApiError(error);
  }
}

/** Maps what the service throws to what callers may see. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof SearchSyntaxError || error instanceof ImportError || error instanceof RangeError) {
    return new ApiError('bad-request', error.message);
  }
  console.error(error);
  return new ApiError('internal', 'Something went wrong inside the app; the details are in its log.');
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}
