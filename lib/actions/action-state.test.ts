import { describe, expect, it } from 'vitest';
import { ECHO_LIMITS, formValues } from './action-state';

describe('formValues', () => {
  it('sends back what a form of Sajam could have sent, not what an attacker piles on', () => {
    const form = new FormData();
    form.append('$ACTION_ID_abc', '');
    form.append('description', 'شرح');
    form.append('password', 'secret');
    form.append('photo', new File(['x'], 'x.png'));
    for (let i = 0; i < 10_000; i++) form.append(`k${i}`, 'v');
    form.append('huge', 'x'.repeat(ECHO_LIMITS.chars + 1));
    const values = formValues(form, ['password']);
    expect(values.description).toBe('شرح');
    expect(values).not.toHaveProperty('password');
    expect(values).not.toHaveProperty('photo');
    expect(values).not.toHaveProperty('$ACTION_ID_abc');
    expect(values).not.toHaveProperty('huge');
    expect(Object.keys(values)).toHaveLength(ECHO_LIMITS.fields);
  });
});
