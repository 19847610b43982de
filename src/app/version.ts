// The tool version, from package.json (bundled by ncc, so dist/ needs no package.json lookup at run time).
import pkg from '../../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
