// A worker thread of the analysis pool: analyses the texts it is sent, one at a time, and posts back what the index reads of each.
import { parentPort } from 'node:worker_threads';
import { analyze } from '../core';
import { prepareDocument } from '../core/corpus/preparedDocument';
import type { AnalysisReply, AnalysisRequest } from './analysisPool';

parentPort?.on('message', (request: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    reply = { id: request.id, prepared: prepareDocument(request.text, analyze(request.text, request.options)) };
  } catch (err) {
    reply = { id: request.id, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort?.postMessage(reply);
});
