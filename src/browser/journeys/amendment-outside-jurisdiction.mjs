// Intake records an amendment that falls outside the commission's jurisdiction: answering "No" shows the field for
// the reasons (46a-54-42a(a)); a browser walk-through had found it never appeared.
import { launch, office, logIn, openTask, typeDate, type, completeTask, screenshot, notifications } from '../tasklist.mjs';

export default async function amendmentOutsideJurisdiction({ taskId, swornOn }) {
  const browser = await launch();
  try {
    const page = await office(browser);
    await logIn(page, 'irene');
    await openTask(page, taskId);
    await typeDate(page, 'Amendment sworn on*', swornOn);
    await type(page, 'What the amendment changes*', 'Adds a claim under federal law only.');
    await page.getByLabel('No: keep it in the file, not served').check();
    const reasons = page.getByLabel('Why it is outside the commission\'s jurisdiction*', { exact: true });
    await reasons.waitFor();
    await reasons.fill('A federal claim only: not under chapter 814c.');
    await screenshot(page, 'amendment-outside-jurisdiction');
    await completeTask(page);
    return { notifications: await notifications(page) };
  } finally {
    await browser.close();
  }
}
