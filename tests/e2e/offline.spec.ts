// Once visited, the site keeps working without a network (school Wi-Fi drops out).
import { expect, test } from './fixtures'

test('works offline after one visit: reload, and open a specialism from the explorer', async ({ page, context }) => {
  await page.goto('/about/')
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }))
    }
  })
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.goto('/about/')
  await expect(page.getByRole('heading', { level: 1, name: 'About this explorer' })).toBeVisible()
  // A view never visited: the cached shell renders it, and the search and page chunks are precached.
  await page.goto('/?q=hearing&view=list')
  await page.getByRole('main').getByRole('link', { name: 'Audiology' }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: 'Audiology' })).toBeVisible()
  await context.setOffline(false)
})
