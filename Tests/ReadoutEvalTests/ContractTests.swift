// The output contract: a full round trip, FORMAT.md's JSON shape, conversion from an analysed
// article, and lenient reading of other programs' output.
import Foundation
import Testing
import ReadoutCore

@Suite struct ContractTests {
    static let sample = ContractOutput(
        corpus: "round-trip",
        documents: [
            ContractDocument(
                id: "ar-2024-050", file: "ar-2024-050.html", title: "Milei recibe a Lula en Buenos Aires",
                outlet: "Diario de Prueba", authors: ["Ana Pérez"], published: "2024-06-03", publishedSource: "meta",
                entities: [ContractEntity(id: "e1", name: "Javier Milei", type: "PERSON", aliases: ["Milei"],
                                          roles: ["presidente"], country: "ARG", mentions: [.init(start: 0, end: 5)])],
                events: [ContractEvent(id: "v1", type: "MEET", status: "planned", mode: "in_person",
                                       participants: ["Javier Milei", "Luiz Inácio Lula da Silva"],
                                       participantEntities: ["e1", "e2"], date: "2024-06", dateText: "next week",
                                       location: "Buenos Aires", topics: ["trade"], evidence: "Milei will host Lula.",
                                       evidenceSpan: .init(start: 10, end: 31), confidence: 0.75)],
                quotes: [ContractQuote(speaker: "Javier Milei", speakerEntity: "e1", text: "una nueva etapa",
                                       span: .init(start: 40, end: 55))],
                times: [ContractTime(text: "next week", span: .init(start: 60, end: 69), value: "2024-06",
                                     precision: "month", relative: true)],
                sentences: 12),
            ContractDocument(id: "undated", file: "undated.txt"),
        ],
        crossDocument: ContractCrossDocument(
            events: [ContractCrossEvent(key: "milei-lula", type: "MEET", participants: ["Javier Milei"],
                                        reports: ["ar-2024-050": "2024-06", "undated": nil],
                                        reportStatus: ["ar-2024-050": "planned"])],
            conflicts: [ContractConflict(key: "milei-lula", field: "date",
                                         values: ["2024-06": ["ar-2024-050"], "2024-07": ["undated"]], note: "n")]))

    @Test func roundTripKeepsEverything() throws {
        let decoded = try ContractJSON.decodeOutput(try ContractJSON.encode(Self.sample), source: "memory")
        #expect(decoded == Self.sample)
    }

    @Test func jsonHasFormatShape() throws {
        let data = try ContractJSON.encode(Self.sample)
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(text.contains("Pérez"))           // UTF-8, not \u escapes
        #expect(!text.contains("\\/"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let documents = try #require(root["documents"] as? [[String: Any]])
        let entity = try #require((documents[0]["entities"] as? [[String: Any]])?.first)
        #expect(entity["mentions"] as? [[Int]] == [[0, 5]])
        let event = try #require((documents[0]["events"] as? [[String: Any]])?.first)
        #expect(event["evidence_span"] as? [Int] == [10, 31])
        #expect(event["date_text"] as? String == "next week")
        #expect(documents[1]["published"] is NSNull)       // FORMAT.md writes null, not nothing
        #expect(documents[1]["outlet"] is NSNull)
        #expect(root["cross_document"] is [String: Any])
    }

    @Test func documentFromAnalysedArticle() throws {
        let text = "Ruto meets Ramaphosa in Pretoria."
        let article = Article(
            id: "za-2024-060", source: "/data/news/za-2024-060.txt", format: .text, text: text,
            blocks: [TextBlock(kind: .paragraph, span: TextSpan(0, 33))],
            metadata: ArticleMetadata(title: "Ruto in Pretoria", outlet: "Test Wire", published: "2024-07-01",
                                      publishedSource: .header, authors: ["J. Doe"]),
            rawHash: "r", contentHash: "c")
        let analysis = ArticleAnalysis(
            sentences: [Sentence(span: TextSpan(0, 33), block: .paragraph)],
            entities: [Entity(id: "e1", name: "William Ruto", type: .person, aliases: ["Ruto"],
                              mentions: [TextSpan(0, 4)])],
            times: [],
            quotes: [Quote(text: "a partner", span: TextSpan(5, 14), speaker: "Ruto")],
            events: [Event(id: "v1", type: .meet, status: .occurred, mode: .inPerson,
                           participants: ["William Ruto", "Cyril Ramaphosa"], date: "2024-07-01",
                           location: "Pretoria", evidence: text, evidenceSpan: TextSpan(0, 33))])
        let document = ContractDocument(article: article, analysis: analysis)
        #expect(document.id == "za-2024-060")
        #expect(document.file == "za-2024-060.txt")
        #expect(document.published == "2024-07-01")
        #expect(document.publishedSource == "header")
        #expect(document.sentences == 1)
        #expect(document.entities.first?.mentions == [ContractSpan(start: 0, end: 4)])
        #expect(document.events.first?.type == "MEET")
        #expect(document.events.first?.mode == "in_person")
        #expect(document.quotes.first?.speaker == "Ruto")
    }

    @Test func readsOtherProgramsOutput() throws {
        let output = try ContractJSON.readOutput(file: Fixture.url("foreign-output.json"))
        #expect(output.corpus == nil)
        let document = try #require(output.documents.first)
        // The string in the entity list is skipped; a wrongly typed field reads as absent.
        #expect(document.entities.map(\.name) == ["Abdel Fattah al-Sisi", "Cairo"])
        #expect(document.entities[0].mentions == [ContractSpan(start: 0, end: 19)])
        #expect(document.entities[1].type == nil)
        #expect(document.events.first?.participants == ["Abdel Fattah al-Sisi", "Recep Tayyip Erdoğan"])
        #expect(document.events.first?.evidenceSpan == ContractSpan(start: 40, end: 120))
        #expect(document.quotes.first?.speaker == nil)
        #expect(output.crossDocument.events.isEmpty)
    }

    @Test func rejectsWhatIsNotAContractDocument() {
        #expect(throws: ReadoutError.self) {
            try ContractJSON.decodeOutput(Data("[1, 2, 3]".utf8), source: "list.json")
        }
    }
}
