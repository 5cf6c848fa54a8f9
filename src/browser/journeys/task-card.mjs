// Intake looks for a case's task in Tasklist by its docket number, as a clerk does with the search box, and reads
// the cards (staff issue, item 3: each card names the docket and the parties).
import { launch, office, logIn, screenshot } from '../tasklist.mjs';

export default async function taskCard({ user, docket }) {
  const browser = await launch();
  try {
    const page = await office(browser);
    await logIn(page, user);
    const search = JSON.stringify([{ type: 'processVariables', operator: 'eq', name: 'docketNumber', value: docket }]);
    await page.goto(`${process.env.BASE_URL}/camunda/app/tasklist/default/#/?searchQuery=${encodeURIComponent(search)}`);
    const card = page.locator(`.tasks-list li:has-text("${docket}")`);
    await card.first().waitFor();
    await page.waitForTimeout(1000);
    await screenshot(page, 'task-list');
    return { cards: await card.allInnerTexts() };
  } finally {
    await browser.close();
  }
}
