import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  UnknownRow,
} from 'kysely'
import type { Database } from '../server/db/database.ts'

/** `db` that counts the queries sent through it: to show that work is shared, not repeated per reader. */
export function countingQueries(db: Database): { db: Database; count: () => number } {
  let count = 0
  const plugin: KyselyPlugin = {
    transformQuery: (args: PluginTransformQueryArgs) => {
      count += 1
      return args.node
    },
    transformResult: (args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> =>
      Promise.resolve(args.result),
  }
  return { db: db.withPlugin(plugin), count: () => count }
}
