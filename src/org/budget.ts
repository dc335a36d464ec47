/**
 * `org fix --max-prs`: how many new pull requests one run may open. A repository takes a slot
 * before it publishes and gives it back when the publication opened nothing (an existing pull
 * request updated, a branch left alone, a failure). While slots are held by publications still
 * under way, the next repository waits for them rather than being refused: the bound is exact
 * whatever the concurrency, and no repository is turned away while a slot may still come free.
 */
export class PullRequestBudget {
  private opened = 0;
  private pending = 0;
  private waiting: Array<() => void> = [];

  constructor(readonly max: number) {}

  /** true: a slot is held (give it back with `release`); false: `max` pull requests are open. */
  async acquire(): Promise<boolean> {
    for (;;) {
      if (this.opened + this.pending < this.max) {
        this.pending++;
        return true;
      }
      if (this.pending === 0) return false;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  /** Gives back a held slot; `opened` keeps it used for good. */
  release(opened: boolean): void {
    this.pending--;
    if (opened) this.opened++;
    for (const wake of this.waiting.splice(0)) wake();
  }

  get used(): number {
    return this.opened;
  }
}
