// How the cross-article commands read and print: the fused record of the database (or every
// article fused in memory), and a value printed as a sectioned report (table, md), flat CSV rows, or JSON.
extension ListingOptions {
    /// The database's fused record. Fails with one line when there is no database yet.
    func fusedSource(_ options: FusedSourceOptions) throws -> FusedSource {
        try FusedSource(store: openExistingStore(), inMemory: options.inMemory)
    }

    func print<Value: Encodable>(_ value: Value, report: SectionedReport, csv: Table) {
        switch resolvedFormat {
        case .table: Swift.print(report.renderText(), terminator: "")
        case .md: Swift.print(report.renderMarkdown(), terminator: "")
        case .csv: Swift.print(csv.renderCSV(), terminator: "")
        case .json: Swift.print(JSONOutput.render(value))
        }
    }
}
