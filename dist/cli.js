#!/usr/bin/env node
// The CLI bundle lives in cli/; this file is the package bin.
import "./cli/index.js";
