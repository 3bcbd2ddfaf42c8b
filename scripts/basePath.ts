/** BASE_PATH as Vite wants it: one leading and one trailing slash ("/", "/careers/"). */
export function basePath(raw = process.env.BASE_PATH ?? '/'): string {
  const trimmed = raw.replace(/^\/+|\/+$/g, '')
  return trimmed ? `/${trimmed}/` : '/'
}
