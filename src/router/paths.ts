// Paths that are prerendered as they are; groupings and specialisms are added from data/.
// `/404` becomes dist/404.html (scripts/post-build.ts), which static hosts serve for unknown paths.
export const STATIC_PATHS = ['/', '/groupings/', '/pathways/', '/compare/', '/shortlist/', '/about/', '/404']
