// An investigator mails a dismissal and records the mailing day, typed and left with Tab (staff issue,
// item 2: a lack-of-jurisdiction dismissal could not be mailed).
import {
  launch, office, logIn, openTask, typeDate, completeTask, screenshot, notifications, ERRORS,
} from '../tasklist.mjs';

export default async function mailDismissal({ taskId, mailedOn, tomorrow }) {
  const browser = await launch();
  try {
    const page = await office(browser);
    await logIn(page, 'ivan');
    await openTask(page, taskId);
    // first a day the server refuses (a mailing cannot lie in the future): the clerk reads the rule, not a code
    await typeDate(page, 'Mailed on*', tomorrow);
    await page.locator('.task-details').getByRole('button', { name: 'Complete' }).click();
    await page.locator(ERRORS).first().waitFor();
    const refused = await notifications(page);
    await screenshot(page, 'mail-dismissal-refused');
    const field = page.getByLabel('Mailed on*', { exact: true });
    await field.click();
    await field.fill('');
    await typeDate(page, 'Mailed on*', mailedOn);
    await screenshot(page, 'mail-dismissal');
    await completeTask(page);
    return { refused, notifications: await notifications(page) };
  } finally {
    await browser.close();
  }
}
