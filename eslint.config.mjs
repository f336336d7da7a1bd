import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTypeScript,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  // Config files Node loads as CommonJS.
  { files: ['**/*.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'data/**',
      'test-data/**',
      'bench/results/**',
      'next-env.d.ts',
      // The service worker files next-pwa generates into public/ at build time.
      'public/sw.js',
      'public/workbox-*.js',
      'public/worker-*.js',
      'public/fallback-*.js',
    ],
  },
];

export default config;
