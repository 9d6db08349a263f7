import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConvertRequest, ConvertResponse } from '../../src/workers/convertProtocol';
import { ConvertError, convertInWorker } from '../../src/workers/convertClient';
import { SAMPLE_FILM } from '../fixtures/sampleFilm';

type Listener = (event: { data?: unknown; message?: string }) => void;

/** A stand-in for the converter worker: records requests, answers on demand. */
class FakeWorker {
  static last: FakeWorker | null = null;
  readonly requests: ConvertRequest[] = [];
  readonly listeners = new Map<string, Listener[]>();
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.last = this;
  }
  addEventListener(type: string, listener: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  postMessage(request: ConvertRequest) {
    this.requests.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  emit(type: string, event: { data?: ConvertResponse; message?: string }) {
    for (const l of this.listeners.get(type) ?? []) l(event);
  }
}

const INPUT = { text: 'Ada rows.', file: 'a.txt', title: null };
const started = () => {
  const worker = FakeWorker.last;
  if (!worker) throw new Error('no worker started');
  return worker;
};

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.last = null;
});

describe('convertInWorker', () => {
  it('starts a module worker, sends the summary and resolves with its film', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const pending = convertInWorker(INPUT);
    const worker = started();
    expect(worker.options).toEqual({ type: 'module' });
    const [request] = worker.requests;
    expect(request).toMatchObject({ type: 'convert', input: INPUT });
    worker.emit('message', {
      data: { type: 'film', id: request!.id, film: SAMPLE_FILM, warnings: [], ms: 12 },
    });
    await expect(pending).resolves.toEqual({ film: SAMPLE_FILM, warnings: [], ms: 12 });
    expect(worker.terminated).toBe(true);
  });

  it('rejects with the worker’s one-line message', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const pending = convertInWorker(INPUT);
    const worker = started();
    worker.emit('message', {
      data: { type: 'error', id: worker.requests[0]!.id, message: 'No film could be made.' },
    });
    await expect(pending).rejects.toEqual(new ConvertError('No film could be made.'));
  });

  it('ignores answers to another request', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const pending = convertInWorker(INPUT);
    const worker = started();
    const id = worker.requests[0]!.id;
    worker.emit('message', { data: { type: 'error', id: id + 1000, message: 'not mine' } });
    worker.emit('message', { data: { type: 'film', id, film: SAMPLE_FILM, warnings: [], ms: 1 } });
    await expect(pending).resolves.toMatchObject({ film: SAMPLE_FILM });
  });

  it('turns a worker that fails to run into a one-line error', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const pending = convertInWorker(INPUT);
    started().emit('error', { message: 'script failed to load' });
    await expect(pending).rejects.toThrow('The converter could not run (script failed to load).');
    expect(started().terminated).toBe(true);
  });

  it('ends the worker when the conversion is cancelled', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const controller = new AbortController();
    const pending = convertInWorker(INPUT, controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(started().terminated).toBe(true);
  });
});
