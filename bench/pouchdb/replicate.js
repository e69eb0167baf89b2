// PouchDB's replication of a day's work, beside cpi-terrain's sync (bench/sync.py).
//
// usage: node replicate.js DOCUMENTS.json ROUNDS
//
// DOCUMENTS.json: {"writes": [[id, {field: value, ...}], ...]}, the agent's mutations in
// the order they were made, each the whole document after it (a record's first mutation
// creates its document, each later one is a new revision of it).
//
// A server (express-pouchdb on PouchDB's LevelDB adapter, in a temporary folder) listens on a
// loopback port. Each round, on a fresh server database and fresh devices (LevelDB too, as
// our devices' stores are files): both devices replicate once while nothing happened (the
// morning's sync), the agent's device takes the writes, then it replicates up (push) and
// the office clerk's device replicates down (pull). One round first, not reported, warms
// the JIT as our side is warm. Round trips are the HTTP requests the server received; bytes
// are those its sockets read and wrote (HTTP heads and bodies as they travelled; PouchDB
// asks for gzip, express-pouchdb's compression answers with it).
//
// Prints one JSON object: {"rounds": [{push_s, pull_s, push_trips, pull_trips, push_bytes,
// pull_bytes, documents}, ...]}.
'use strict';

const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const express = require('express');
const expressPouchDB = require('express-pouchdb');
const PouchDB = require('pouchdb');

async function main() {
  const [documentsFile, roundsText] = process.argv.slice(2);
  const writes = JSON.parse(fs.readFileSync(documentsFile, 'utf8')).writes;
  const rounds = Number(roundsText || '1');
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cpi-bench-pouchdb-'));
  const ServerPouchDB = PouchDB.defaults({prefix: path.join(scratch, 'server') + path.sep});
  fs.mkdirSync(path.join(scratch, 'server'));
  const app = express();
  app.use('/', expressPouchDB(ServerPouchDB, {mode: 'minimumForPouchDB', inMemoryConfig: true}));
  const server = http.createServer(app);
  const counter = {requests: 0, sockets: []};
  server.on('request', () => { counter.requests += 1; });
  server.on('connection', (socket) => { counter.sockets.push(socket); });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  const measured = [];
  try {
    for (let round = 0; round <= rounds; round += 1) {
      const result = await oneRound(base, scratch, round, writes, counter);
      if (round > 0) {
        measured.push(result);
      }
    }
  } finally {
    server.close();
    for (const socket of counter.sockets) {
      socket.destroy();
    }
    fs.rmSync(scratch, {recursive: true, force: true});
  }
  process.stdout.write(JSON.stringify({rounds: measured}) + '\n');
}

function wire(counter) {
  let bytes = 0;
  for (const socket of counter.sockets) {
    bytes += socket.bytesRead + socket.bytesWritten;
  }
  return {requests: counter.requests, bytes};
}

async function oneRound(base, scratch, round, writes, counter) {
  const remote = new PouchDB(`${base}/day-${round}`);
  await remote.info(); // creates the server's database
  const agent = new PouchDB(path.join(scratch, `agent-${round}`));
  const clerk = new PouchDB(path.join(scratch, `clerk-${round}`));
  try {
    await agent.replicate.to(remote);
    await clerk.replicate.from(remote);
    const revisions = new Map();
    for (const [id, fields] of writes) {
      const doc = Object.assign({_id: id}, fields);
      if (revisions.has(id)) {
        doc._rev = revisions.get(id);
      }
      revisions.set(id, (await agent.put(doc)).rev);
    }
    let before = wire(counter);
    let start = process.hrtime.bigint();
    await agent.replicate.to(remote);
    const pushS = Number(process.hrtime.bigint() - start) / 1e9;
    let after = wire(counter);
    const push = {trips: after.requests - before.requests, bytes: after.bytes - before.bytes};
    before = after;
    start = process.hrtime.bigint();
    await clerk.replicate.from(remote);
    const pullS = Number(process.hrtime.bigint() - start) / 1e9;
    after = wire(counter);
    const pull = {trips: after.requests - before.requests, bytes: after.bytes - before.bytes};
    const received = (await clerk.info()).doc_count;
    if (received !== revisions.size) {
      throw new Error(`the clerk's device holds ${received} documents, not ${revisions.size}`);
    }
    return {push_s: pushS, pull_s: pullS, push_trips: push.trips, pull_trips: pull.trips,
            push_bytes: push.bytes, pull_bytes: pull.bytes, documents: received};
  } finally {
    await agent.close();
    await clerk.close();
    await remote.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
