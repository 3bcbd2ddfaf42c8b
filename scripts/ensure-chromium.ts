// Browser tests need Debian's Chromium. Install it when missing (as root), or say exactly how.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const install = 'apt-get update && apt-get install -y --no-install-recommends chromium fonts-liberation'

if (!existsSync(chrome)) {
  const isRoot = process.getuid?.() === 0
  if (!isRoot) {
    console.error(`Chromium is missing at ${chrome}. Install it with:\n  sudo sh -c '${install}'\nor set CHROME_PATH.`)
    process.exit(1)
  }
  console.log(`Chromium is missing at ${chrome}; installing it with apt-get ...`)
  try {
    execSync(install, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
  } catch {
    console.error(`Could not install Chromium. Run this, then try again:\n  ${install}`)
    process.exit(1)
  }
}
