// Counts the SQL statements Obrol runs (BEGIN, COMMIT and ROLLBACK aside), to show how many a
// message costs. The store calls it after each statement; its cost is a test and an increment.
const TRANSACTION_CONTROL = /^\s*(begin|commit|rollback|savepoint|release)\b/i;

export class StatementCounter {
  count = 0;

  readonly onStatement = (sql: string): void => {
    if (!TRANSACTION_CONTROL.test(sql)) this.count += 1;
  };
}
