#!/usr/bin/env node
'use strict';
// V8's code cache for the 1 MB bundle, since compiling it is much of a short check's time: built
// into Node from 22.1 (module.enableCompileCache), a well-known require hook before that.
const mod = require('node:module');
if (typeof mod.enableCompileCache === 'function') mod.enableCompileCache();
else {
  try {
    require('v8-compile-cache');
  } catch {
    // Not installed (a copied dist/): start without the cache.
  }
}
require('../dist/cli.js');
