// Fuses one neighbourhood of stored documents (those FusionLinks ties together) so that the
// result depends only on which documents are in it, never on the order they were stored in:
// members are put in a stable order (article id, then content hash) and given fusion ids that do
// not depend on storage (the article id; with its content hash when two members share that id).
// In: the members with their store ids (and the body keys an earlier fusion gave them, when kept).
// Out: the FusionResult, each member's fusion id and body key.
import ReadoutCore

public struct NeighbourhoodFusion: Sendable {
    public struct Member: Sendable {
        public var storeID: Int64
        public var article: Article
        public var analysis: ArticleAnalysis
        /// `Fusion.bodyKey(of: article)`, when a caller kept it from fusing this member before.
        public var bodyKey: String?

        public init(storeID: Int64, article: Article, analysis: ArticleAnalysis, bodyKey: String? = nil) {
            self.storeID = storeID
            self.article = article
            self.analysis = analysis
            self.bodyKey = bodyKey
        }
    }

    public struct Fused: Sendable {
        public var result: FusionResult
        /// Store id → the document id fusion gave the member (what the fused values refer to).
        public var fusionIDs: [Int64: String]
        /// The members in the order fused, by store id.
        public var order: [Int64]
        /// Store id → the member's body key, for the caller to pass back next time.
        public var bodyKeys: [Int64: String]
    }

    public init() {}

    public func fuse(_ members: [Member], reanalyze: Fusion.Reanalyze? = nil) -> Fused {
        let sorted = members.sorted { ($0.article.id, $0.article.contentHash) < ($1.article.id, $1.article.contentHash) }
        var idCount: [String: Int] = [:]
        for member in sorted { idCount[member.article.id, default: 0] += 1 }
        var fusionIDs: [Int64: String] = [:]
        var documents: [FusionDocument] = []
        var bodyKeys: [Int64: String] = [:]
        for member in sorted {
            var article = member.article
            // The key reads the text only, so it is taken before the id is made unique.
            bodyKeys[member.storeID] = member.bodyKey ?? Fusion.bodyKey(of: article)
            if idCount[article.id, default: 0] > 1 { article.id += "~" + article.contentHash.prefix(12) }
            fusionIDs[member.storeID] = article.id
            documents.append(FusionDocument(article: article, analysis: member.analysis))
        }
        let result = Fusion().fuse(documents: documents, reanalyze: reanalyze, bodyKeys: sorted.map { bodyKeys[$0.storeID]! })
        return Fused(result: result, fusionIDs: fusionIDs, order: sorted.map(\.storeID), bodyKeys: bodyKeys)
    }
}
