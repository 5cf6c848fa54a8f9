// Intake files a complaint in Tasklist, typing every date and leaving each field with Tab, once per
// office time zone asked for (staff issue, item 1: typed dates were stored a day early west of UTC).
// A filing may say how its dates are entered: typed (the default), pasted or picked with the mouse.
import {
  launch, office, logIn, openStartForm, typeDate, pasteDate, pickDate, type, screenshot, notifications,
} from '../tasklist.mjs';

const ENTER = { typed: typeDate, pasted: pasteDate, picked: pickDate };

export default async function fileComplaint({ filings }) {
  const browser = await launch();
  const shown = [];
  try {
    for (const filing of filings) {
      const page = await office(browser, filing.timezoneId);
      await logIn(page, 'irene');
      await openStartForm(page, 'Discriminatory-practice complaint');
      const enterDate = ENTER[filing.entered || 'typed'];
      await enterDate(page, 'Received at an office on*', filing.filedOn);
      await enterDate(page, 'Sworn on*', filing.swornOn);
      await type(page, 'Complainant*', filing.complainant);
      await type(page, 'Respondent*', filing.respondent);
      await type(page, 'Statement of the facts, with their dates*', 'Dismissed the day after asking for leave.');
      await enterDate(page, 'Date of the alleged act', filing.actOn);
      await enterDate(page, 'Date the complainant knew or should have known', filing.knewOn);
      const typed = {};
      for (const label of ['Received at an office on*', 'Sworn on*', 'Date of the alleged act',
        'Date the complainant knew or should have known']) {
        typed[label] = await page.getByLabel(label, { exact: true }).inputValue();
      }
      await screenshot(page, `file-complaint-${filing.entered || 'typed'}-${filing.timezoneId.replace('/', '-')}`);
      await page.locator('.modal-footer').getByRole('button', { name: 'Start' }).click();
      await page.locator('.modal-dialog').waitFor({ state: 'detached' });
      shown.push({ timezoneId: filing.timezoneId, entered: filing.entered || 'typed', fieldsAfterTab: typed, notifications: await notifications(page) });
      await page.context().close();
    }
  } finally {
    await browser.close();
  }
  return { shown };
}
