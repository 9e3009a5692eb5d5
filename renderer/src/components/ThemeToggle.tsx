/** System / Light / Dark. */
import { useApp } from '../context';
import type { ThemeChoice } from '../state/app-state';

const CHOICES: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function ThemeToggle() {
  const { state, actions } = useApp();
  return (
    <div class="segmented" role="radiogroup" aria-label="Theme">
      {CHOICES.map((choice) => (
        <button
          key={choice.value}
          role="radio"
          aria-checked={state.theme.value === choice.value}
          class="segment"
          onClick={() => actions.setTheme(choice.value)}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}
