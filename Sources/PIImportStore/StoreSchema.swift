import GRDB

/// The store's tables, as named forward-only migrations: a migration, once released, never changes;
/// a new one is added after it.
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 clients and runs") { db in
            try db.create(table: "run") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("startedAt", .text).notNull()
                table.column("finishedAt", .text)
                // The input files' names, one per line.
                table.column("inputs", .text).notNull()
                table.column("created", .integer).notNull().defaults(to: 0)
                table.column("updated", .integer).notNull().defaults(to: 0)
                table.column("unchanged", .integer).notNull().defaults(to: 0)
            }
            try db.create(table: "client") { table in
                table.primaryKey("id", .text)
                // The order clients were first stored in, and the source of new `PI-N` ids.
                table.column("seq", .integer).notNull().unique()
                table.column("name", .text).notNull()
                table.column("state", .text).notNull()
                // What matching reads: emails and phones one per line, the postcode, the company number.
                table.column("emails", .text).notNull()
                table.column("phones", .text).notNull()
                table.column("postcode", .text)
                table.column("companyNumber", .text)
                // The whole record, as the JSON `import --out FILE.jsonl` writes.
                table.column("record", .text).notNull()
                // The fingerprint of the last import's record for this client: the same record imported again
                // changes nothing, and is known to without decoding the stored one.
                table.column("lastImport", .text).notNull()
                table.column("createdRun", .integer).notNull().references("run")
                table.column("updatedRun", .integer).notNull().references("run")
            }
        }
        return migrator
    }
}
