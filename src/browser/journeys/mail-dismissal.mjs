// An investigator mails a dismissal and records the mailing day, typed and left with Tab (staff issue,
// item 2: a lack-of-jurisdiction dismissal could not be mailed).
import { launch, office, logIn, openTask, typeDate, completeTask, screenshot, notifications } from '../tasklist.mjs';

export default async function mailDismissal({ taskId, mailedOn }) {
  const browser = await launch();
  try {
    const page = await office(browser);
    await logIn(page, 'ivan');
    await openTask(page, taskId);
    await typeDate(page, 'Mailed on*', mailedOn);
    await screenshot(page, 'mail-dismissal');
    await completeTask(page);
    return { notifications: await notifications(page) };
  } finally {
    await browser.close();
  }
}
