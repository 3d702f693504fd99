/** Form controls with real labels, fieldsets and legends, hints and errors tied by aria-describedby. */
import type { ComponentChildren } from 'preact';
import { useI18n } from './ctx.js';

export interface FieldError {
  field: string;
  message: string;
}

const describedBy = (...ids: (string | false | undefined | null)[]) => ids.filter(Boolean).join(' ') || undefined;

export function ErrorText({ id, error }: { id: string; error?: string | undefined }) {
  if (!error) return null;
  return (
    <p class="error" id={`${id}-error`}>
      <span class="visually-hidden">⚠ </span>
      {error}
    </p>
  );
}

export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (v: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  optional?: boolean;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email';
  type?: string;
  autoComplete?: string;
  width?: 'short' | 'medium' | 'full';
  multiline?: boolean;
}) {
  const { t } = useI18n();
  const hintId = props.hint ? `${props.id}-hint` : null;
  const errId = props.error ? `${props.id}-error` : null;
  const common = {
    id: props.id,
    name: props.id,
    value: props.value,
    'aria-invalid': props.error ? ('true' as const) : undefined,
    'aria-describedby': describedBy(hintId, errId),
    onInput: (e: Event) => props.onInput((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class={`field ${props.error ? 'field-error' : ''}`}>
      <label for={props.id}>
        {props.label}
        {props.optional ? <span class="optional"> {t('optional')}</span> : null}
      </label>
      {props.hint ? (
        <p class="hint" id={hintId!}>
          {props.hint}
        </p>
      ) : null}
      <ErrorText id={props.id} error={props.error} />
      {props.multiline ? (
        <textarea {...common} rows={6} class="input-full" />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          autoComplete={props.autoComplete ?? 'off'}
          class={`input-${props.width ?? 'full'}`}
        />
      )}
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

/** A fieldset of choices: legend, hint, error and the options, described by the hint and error. */
function ChoiceGroup(props: { name: string; legend: ComponentChildren; hint?: string | undefined; error?: string | undefined; legendClass: string; children: ComponentChildren }) {
  const hintId = props.hint ? `${props.name}-hint` : null;
  const errId = props.error ? `${props.name}-error` : null;
  return (
    <fieldset class={`group ${props.error ? 'field-error' : ''}`} aria-describedby={describedBy(hintId, errId)}>
      <legend class={props.legendClass}>{props.legend}</legend>
      {props.hint ? (
        <p class="hint" id={hintId!}>
          {props.hint}
        </p>
      ) : null}
      <ErrorText id={props.name} error={props.error} />
      <div class="choices">{props.children}</div>
    </fieldset>
  );
}

export function Radios(props: {
  name: string;
  legend: ComponentChildren;
  hint?: string | undefined;
  options: Option[];
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
  small?: boolean;
}) {
  return (
    <ChoiceGroup name={props.name} legend={props.legend} hint={props.hint} error={props.error} legendClass={props.small ? 'legend-small' : 'legend-question'}>
        {props.options.map((o, i) => (
          <div class="choice" key={o.value}>
            <input
              type="radio"
              id={i === 0 ? props.name : `${props.name}-${o.value}`}
              name={props.name}
              value={o.value}
              checked={props.value === o.value}
              onChange={() => props.onChange(o.value)}
            />
            <label for={i === 0 ? props.name : `${props.name}-${o.value}`}>{o.label}</label>
          </div>
        ))}
    </ChoiceGroup>
  );
}

export function Checkboxes(props: {
  name: string;
  legend: ComponentChildren;
  hint?: string | undefined;
  options: Option[];
  values: readonly string[];
  onChange: (v: string[]) => void;
  error?: string | undefined;
}) {
  const toggle = (v: string, on: boolean) => props.onChange(on ? [...props.values.filter((x) => x !== v), v] : props.values.filter((x) => x !== v));
  return (
    <ChoiceGroup name={props.name} legend={props.legend} hint={props.hint} error={props.error} legendClass="legend-question">
        {props.options.map((o, i) => (
          <div class="choice choice-check" key={o.value}>
            <input
              type="checkbox"
              id={i === 0 ? props.name : `${props.name}-${o.value}`}
              name={props.name}
              value={o.value}
              checked={props.values.includes(o.value)}
              onChange={(e) => toggle(o.value, (e.currentTarget as HTMLInputElement).checked)}
            />
            <label for={i === 0 ? props.name : `${props.name}-${o.value}`}>{o.label}</label>
          </div>
        ))}
    </ChoiceGroup>
  );
}

export function Select(props: { id: string; label: string; value: string; options: Option[]; onChange: (v: string) => void; hint?: string }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.hint ? (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <select id={props.id} name={props.id} value={props.value} aria-describedby={props.hint ? `${props.id}-hint` : undefined} onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}>
        {props.options.map((o) => (
          <option value={o.value} key={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The list of errors at the top of a step, each a link to its field. */
export function ErrorSummary({ errors, label, extra = [] }: { errors: { field: string; text: string }[]; label: string; extra?: string[] }) {
  if (!errors.length && !extra.length) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} id="error-summary">
      <h3>{label}</h3>
      <ul>
        {errors.map((e) => (
          <li key={e.field}>
            <a
              href={`#${e.field}`}
              onClick={(ev) => {
                ev.preventDefault();
                document.getElementById(e.field)?.focus();
              }}
            >
              {e.text}
            </a>
          </li>
        ))}
        {extra.map((x) => (
          <li key={x}>{x}</li>
        ))}
      </ul>
    </div>
  );
}
