// A child process running one of the bench's TypeScript entry points, talked to over IPC.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const OUTPUT_TAIL_CHARS = 4_000;

type Typed = { type: string };

interface Waiter<Out extends Typed> {
  type: Out['type'];
  resolve: (message: Out) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export class ChildLink<In extends Typed, Out extends Typed> {
  private readonly child: ChildProcess;
  /** Messages that arrived before anyone waited for them, in order. */
  private readonly inbox: Out[] = [];
  private readonly waiters: Waiter<Out>[] = [];
  private output = '';
  private exit: string | null = null;
  private readonly exited: Promise<void>;

  constructor(
    readonly name: string,
    entry: string,
  ) {
    // tsx as a loader keeps one node process per child (no tsx wrapper process), so the RSS and CPU
    // we read are the server's own; --expose-gc lets a child settle its heap before RSS is read.
    this.child = fork(path.resolve(__dirname, entry), [], {
      execArgv: ['--import', 'tsx', '--expose-gc'],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: { ...process.env, NODE_ENV: 'production', OBROL_LOG_LEVEL: 'silent' },
    });
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-OUTPUT_TAIL_CHARS);
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    this.child.on('message', (message) => this.deliver(message as Out));
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        this.exit = `${this.name} exited (${signal ?? code})`;
        for (const waiter of this.waiters.splice(0)) {
          clearTimeout(waiter.timer);
          waiter.reject(new Error(`${this.exit} while waiting for ${waiter.type}${this.tail()}`));
        }
        resolve();
      });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  send(message: In): void {
    if (this.exit) throw new Error(`${this.exit}; cannot send ${message.type}${this.tail()}`);
    this.child.send(message);
  }

  /** The next message of `type` (possibly one already received); a 'failed' message rejects. */
  next<T extends Out['type']>(type: T, timeoutMs: number): Promise<Extract<Out, { type: T }>> {
    const index = this.inbox.findIndex((message) => message.type === type || isFailure(message));
    if (index >= 0) {
      const [message] = this.inbox.splice(index, 1);
      return message ? this.settle<T>(message) : Promise.reject(new Error('lost message'));
    }
    if (this.exit) return Promise.reject(new Error(`${this.exit}${this.tail()}`));
    return new Promise((resolve, reject) => {
      const waiter: Waiter<Out> = {
        type,
        resolve: (message) => void this.settle<T>(message).then(resolve, reject),
        reject,
        timer: setTimeout(() => {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          reject(new Error(`${this.name}: no ${type} within ${timeoutMs} ms${this.tail()}`));
        }, timeoutMs),
      };
      this.waiters.push(waiter);
    });
  }

  /** Asks for a graceful stop, then kills the child if it has not gone within `graceMs`. */
  async stop(graceMs: number, stopMessage?: In): Promise<void> {
    if (this.exit) return;
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    // Without a channel (the child is on its way out), a signal does what the message would.
    if (stopMessage && this.child.connected) this.child.send(stopMessage);
    else this.child.kill('SIGTERM');
    await this.exited;
    clearTimeout(timer);
  }

  private deliver(message: Out): void {
    const index = this.waiters.findIndex(
      (waiter) => waiter.type === message.type || isFailure(message),
    );
    const waiter = index >= 0 ? this.waiters.splice(index, 1)[0] : undefined;
    if (!waiter) {
      this.inbox.push(message);
      return;
    }
    clearTimeout(waiter.timer);
    waiter.resolve(message);
  }

  private settle<T extends Out['type']>(message: Out): Promise<Extract<Out, { type: T }>> {
    if (isFailure(message)) {
      return Promise.reject(new Error(`${this.name} failed: ${message.message}${this.tail()}`));
    }
    return Promise.resolve(message as Extract<Out, { type: T }>);
  }

  private tail(): string {
    return this.output.trim() ? `\n--- ${this.name} output ---\n${this.output.trim()}` : '';
  }
}

function isFailure(message: Typed): message is { type: 'failed'; message: string } {
  return message.type === 'failed';
}
