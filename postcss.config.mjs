// Starlight's styles use cascade layers (@layer), which Chromium only understands from version 99:
// older kernels (the baseline is Chromium 86, see docs/deploy.md) would drop every layered rule and
// show the site unstyled. The layers are flattened into plain rules with the same precedence.
import cascadeLayers from '@csstools/postcss-cascade-layers';

export default { plugins: [cascadeLayers()] };
