// Every ArticleStore backend the conformance suite runs against. A new backend (PostgreSQL)
// adds a case here and must pass the same tests.
import Foundation
import ReadoutStore

enum StoreBackend: String, CaseIterable, Sendable {
    case sqlite

    /// A fresh, empty store (analyzer version "test-1"), and a way to open the same data
    /// again as a later run would.
    func makeStore(in folder: TemporaryFolder) throws -> (store: any ArticleStore, reopen: () throws -> any ArticleStore) {
        switch self {
        case .sqlite:
            let path = folder.path("conformance-\(UUID().uuidString).sqlite")
            return (try SQLiteStore(path: path, analyzerVersion: "test-1"), { try SQLiteStore(path: path) })
        }
    }
}
