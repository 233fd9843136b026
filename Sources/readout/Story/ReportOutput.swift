// How the cross-article commands load and print: the corpus fused from the database, and a
// value printed as a sectioned report (table, md), flat CSV rows, or JSON.
extension ListingOptions {
    /// Every stored document, fused. Fails with one line when there is no database yet.
    func loadCorpus() throws -> FusedCorpus {
        try FusedCorpus.load(from: openExistingStore())
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
