// A regional manager gives an intake task to another member of intake, as a supervisor does in Tasklist, and is
// refused, in plain words, when she names someone who does not hold the role (security issue, item 3). Before the
// fix Tasklist refused every user id she typed, since she could not look colleagues up.
import { launch, office, logIn, screenshot, notifications, BASE_URL } from '../tasklist.mjs';

async function setAssignee(page, user) {
  await page.locator('.task-details .assignee .view-value').click();
  const input = page.locator('.task-details .assignee input[type=text]');
  await input.fill(user);
  await page.waitForTimeout(1200);   // Tasklist looks the user up
  await input.press('Enter');
  await page.waitForTimeout(2000);
}

export default async function reassign({ taskId, supervisor, outsider, member }) {
  const browser = await launch();
  try {
    const page = await office(browser);
    await logIn(page, supervisor);
    await page.goto(`${BASE_URL}/camunda/app/tasklist/default/#/?task=${taskId}`);
    await page.locator('.task-details .assignee').first().waitFor();
    await page.waitForTimeout(1000);
    await setAssignee(page, outsider);
    const refused = await notifications(page);
    await screenshot(page, 'reassign-refused');
    await page.reload();
    await page.locator('.task-details .assignee').first().waitFor();
    await page.waitForTimeout(1000);
    await setAssignee(page, member);
    await screenshot(page, 'reassign-done');
    return { refused, after: await notifications(page) };
  } finally {
    await browser.close();
  }
}
