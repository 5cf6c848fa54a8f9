// Staff's moves in Tasklist, as a person makes them: typed text, dates typed and left with Tab, buttons
// clicked by their labels. Shared by the journeys; Chromium is Debian's, never a downloaded build.
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.BASE_URL || 'http://localhost:8080';
const SCREENSHOTS = process.env.SCREENSHOTS || 'target/screenshots';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** A new browser window in an office's time zone (Connecticut unless told otherwise). */
export async function office(browser, timezoneId = 'America/New_York') {
  const context = await browser.newContext({ timezoneId, locale: 'en-US', viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20000);
  return page;
}

export async function logIn(page, user, password = user) {
  await page.goto(`${BASE_URL}/camunda/app/tasklist/`);
  await page.locator('input[ng-model="username"]').fill(user);
  await page.locator('input[ng-model="password"]').fill(password);
  await page.locator('button[type=submit]').click();
  await page.getByText('Start process', { exact: false }).first().waitFor();
}

/** Opens the start form of a process from Tasklist's "Start process" dialog. */
export async function openStartForm(page, processName) {
  await page.locator('a', { hasText: 'Start process' }).first().click();
  await page.locator('.modal-dialog').getByText(processName, { exact: true }).first().click();
  await page.locator('.modal-dialog .fjs-form').waitFor();
}

/** Types a date the way a clerk does, MM/DD/YYYY, and leaves the field with Tab. */
export async function typeDate(page, label, isoDate) {
  const [year, month, day] = isoDate.split('-');
  const field = page.getByLabel(label, { exact: true });
  await field.click();
  await field.pressSequentially(`${month}/${day}/${year}`);
  await field.press('Tab');
}

export async function type(page, label, text) {
  const field = page.getByLabel(label, { exact: true });
  await field.click();
  await field.pressSequentially(text);
  await field.press('Tab');
}

export async function screenshot(page, name) {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

/** The text of Tasklist's notifications (success and errors), as the clerk reads them. */
export const ERRORS = '.notifications .alert, .task-details .alert-danger:not(.ng-hide)';

export async function notifications(page) {
  return (await page.locator(ERRORS).allInnerTexts())
    .map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Opens a task in Tasklist's task view, claims it when it is not yet the user's, and waits for its form. */
export async function openTask(page, taskId) {
  await page.goto(`${BASE_URL}/camunda/app/tasklist/default/#/?task=${taskId}`);
  const claim = page.locator('.task-details').getByRole('button', { name: 'Claim' });
  await page.locator('.task-details .fjs-form, .task-details button:has-text("Claim")').first().waitFor();
  if (await claim.isVisible()) {
    await claim.click();
  }
  await page.locator('.task-details .fjs-form').waitFor();
}

/** Clicks Complete and waits until Tasklist has taken the form away (or shows why not). */
export async function completeTask(page) {
  await page.locator('.task-details').getByRole('button', { name: 'Complete' }).click();
  await page.locator('.task-details .fjs-form').waitFor({ state: 'detached' });
}

/** Pastes a date typed elsewhere (MM/DD/YYYY) into the field in one go, and leaves it with Tab. */
export async function pasteDate(page, label, isoDate) {
  const [year, month, day] = isoDate.split('-');
  const field = page.getByLabel(label, { exact: true });
  await field.click();
  await field.fill(`${month}/${day}/${year}`);
  await field.press('Tab');
}

/** Picks a date with the mouse in the field's calendar, paging to its month first. */
export async function pickDate(page, label, isoDate) {
  const field = page.getByLabel(label, { exact: true });
  await field.click();
  const calendar = page.locator('.flatpickr-calendar.open');
  const target = new Date(`${isoDate}T12:00:00`);
  const ariaLabel = target.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' });
  for (let i = 0; i < 24; i++) {
    const day = calendar.locator(`.flatpickr-day[aria-label="${ariaLabel}"]:not(.prevMonthDay):not(.nextMonthDay)`);
    if (await day.count()) {
      await day.click();
      return;
    }
    const shownMonth = await calendar.locator('.flatpickr-monthDropdown-months').inputValue();
    const shownYear = Number(await calendar.locator('.cur-year').inputValue());
    const later = target.getFullYear() * 12 + target.getMonth() > shownYear * 12 + Number(shownMonth);
    await calendar.locator(later ? '.flatpickr-next-month' : '.flatpickr-prev-month').click();
  }
  throw new Error(`no day ${isoDate} in the calendar of ${label}`);
}
