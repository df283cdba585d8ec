// The antd form steps the browser tests repeat: a field's error, an option of an open Select, a date
// typed into a DatePicker.

/** The message an antd Form.Item shows under the field labelled `label` (within `scope`, the page by default). */
export function fieldError(page, label, scope = page) {
  return scope.locator('.ant-form-item', { has: page.getByLabel(label, { exact: true }) }).locator('.ant-form-item-explain-error');
}

/** Picks an option of the open antd Select by its text (antd lists options as divs with a title). */
export async function selectOption(page, text) {
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${text}"]`).click();
}

/** Fills an antd DatePicker by typing dd/mm/yyyy as an officer would (Tab: Enter would submit the form). */
export async function typeDateInto(field, ddmmyyyy) {
  await field.click();
  await field.fill(ddmmyyyy);
  await field.press('Tab');
}

/** `typeDateInto` the field labelled `label` exactly. */
export function typeDate(page, label, ddmmyyyy) {
  return typeDateInto(page.getByLabel(label, { exact: true }), ddmmyyyy);
}

/**
 * Opens the antd Select `field` (its input's locator, e.g. `getByLabel('Loại')`) and picks the
 * option `text`, then checks the field shows it. On a loaded machine a click can land while the
 * dropdown is still opening and pick nothing: then it tries again (three times at most).
 */
export async function chooseOption(page, field, text) {
  const select = field.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " ant-select ")][1]');
  for (let attempt = 1; ; attempt++) {
    await field.click();
    await selectOption(page, text);
    const shown = select.locator(`[title="${text}"]`);
    try {
      await shown.first().waitFor({ timeout: 3_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/**
 * Clicks the button `name` of the confirmation `dialog` (an antd modal.confirm) and waits for the
 * dialog to go. On a loaded machine a click during the confirmation's opening animation can be lost
 * (a fresh-clone run left "Giải thể …?" open with its button idle): then it clicks again, at most
 * three times. A click that did land is not repeated: the dialog closes, or its button is loading
 * (antd ignores clicks on it) while the request runs.
 */
export async function confirmWith(dialog, name) {
  for (let attempt = 1; ; attempt++) {
    await dialog.getByRole('button', { name }).click();
    try {
      await dialog.waitFor({ state: 'detached', timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}
