/** @type {import('next').NextConfig} */
export default {
  // The embed test builds a copy of this app in a temp folder: keep Next to that folder.
  outputFileTracingRoot: import.meta.dirname,
  turbopack: {root: import.meta.dirname},
  // A throwaway build: writing Turbopack's cache costs seconds and is never read again.
  experimental: {turbopackFileSystemCacheForBuild: false},
};
