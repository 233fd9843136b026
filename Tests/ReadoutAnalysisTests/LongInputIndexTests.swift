// The indexes the events stage keeps so that long articles stay linear (SpanIndex, NamedBefore,
// MeetingHistory, ToldEvents, consolidation's subset look-up), and the entity linker's clusters' kept
// longest and first mention, give the same answer as the scan of the whole list they replace, on many
// made-up lists: in order and out of order, nested and overlapping, with repeats. Behaviour only; how
// fast is `readout bench`'s business.
import Testing
import ReadoutCore
@testable import ReadoutAnalysis

/// A small deterministic generator (SplitMix64), so a failure can be replayed.
private struct Dice {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}

/// Spans as an analysis makes them (in text order, short) or shuffled, nested and long.
private func spans(_ dice: inout Dice, count: Int, inOrder: Bool) -> [TextSpan] {
    var out: [TextSpan] = []
    var at = 0
    for _ in 0..<count {
        at += dice.next(12)
        let start = inOrder ? at : dice.next(400)
        out.append(TextSpan(start, start + dice.next(inOrder ? 10 : 60)))
    }
    return out
}

@Suite struct LongInputIndexTests {
    @Test(arguments: [true, false])
    func spanIndexFindsWhatAScanFinds(inOrder: Bool) {
        var dice = Dice(state: inOrder ? 7 : 11)
        for _ in 0..<40 {
            let list = spans(&dice, count: dice.next(80), inOrder: inOrder)
            let index = SpanIndex(list)
            for _ in 0..<60 {
                let a = dice.next(450), b = a + dice.next(50)
                let query = TextSpan(a, b)
                #expect(index.inside(query) == list.indices.filter { query.contains(list[$0]) })
                #expect(index.covering(query) == list.indices.filter { list[$0].contains(query) })
                #expect(index.touching(query) == list.indices.filter { list[$0].contains(query) || list[$0].overlaps(query) })
                #expect(index.starting(from: a, through: b) == list.indices.filter { list[$0].start >= a && list[$0].start <= b })
                #expect(index.ending(after: a, through: b) == list.indices.filter { list[$0].end > a && list[$0].end <= b })
            }
        }
    }

    @Test func namedBeforeIsTheLastMentionOfAnotherEntityEndingByThePoint() {
        var dice = Dice(state: 3)
        for round in 0..<40 {
            // Every other round out of order, so the scan it falls back on is checked too.
            let ordered = round % 2 == 0
            let list = spans(&dice, count: dice.next(50), inOrder: ordered)
            // Few entities, so the same one often comes several times in a row.
            let mentions = list.map { span in
                LinkedMention(mention: Mention(tokens: 0..<1, span: span, text: "Example Body", type: .org, sentence: 0), entity: dice.next(4))
            }
            let named = NamedBefore(mentions)
            for _ in 0..<50 {
                let position = dice.next(450), excluding = dice.next(5)
                let scan = mentions.last { $0.mention.span.end <= position && $0.entity != excluding }?.entity
                #expect(named.last(endingBy: position, excluding: excluding) == scan)
            }
        }
    }

    @Test func meetingHistoryAnswersAsTheListOfMeetingsSoFarDid() {
        var dice = Dice(state: 5)
        var state = DiscourseState()
        var told: [[Int]] = []
        for _ in 0..<300 {
            let snapshot = state
            let seen = told
            let people = (0..<dice.next(4)).map { _ in dice.next(12) }
            state.tell(meetingOf: people)
            told.append(people)
            for person in 0..<12 {
                #expect(state.lastMeeting(with: person) == told.last { $0.count >= 2 && $0.contains(person) })
                // A copy taken before this meeting still sees the meetings as they were then.
                #expect(snapshot.lastMeeting(with: person) == seen.last { $0.count >= 2 && $0.contains(person) })
            }
        }
    }

    @Test func toldEventsKeepsTheLastMeetingsAsScansFindThem() {
        var dice = Dice(state: 9)
        var told = ToldEvents()
        var plain: [Event] = []
        let types: [EventType] = [.meet, .meet, .visit, .agree, .sanction]
        let modes: [MeetingMode?] = [nil, .phone, .inPerson, .virtual, .unknown]
        for n in 0..<400 {
            if n % 7 == 0 { told.beginSentence() }
            if dice.next(4) == 0, !plain.isEmpty {
                // An amendment adds someone to an earlier event.
                let k = dice.next(plain.count), id = "p\(dice.next(10))"
                guard !plain[k].participantEntities.contains(id) else { continue }
                told.addParticipant(name: "Person \(id)", id: id, to: k)
                plain[k].participants.append("Person \(id)")
                plain[k].participantEntities.append(id)
            } else {
                let ids = (0..<dice.next(3)).map { _ in "p\(dice.next(10))" }
                let e = Event(id: "", type: types[dice.next(types.count)], status: .occurred, mode: modes[dice.next(modes.count)],
                              participants: ids.map { "Person \($0)" }, participantEntities: ids, evidence: "", evidenceSpan: TextSpan(n, n + 1))
                told.append(e)
                plain.append(e)
            }
            #expect(told.all == plain)
            #expect(told.lastMeet == plain.lastIndex { $0.type == .meet })
            #expect(told.lastPhoneMeet == plain.lastIndex { $0.type == .meet && $0.mode == .phone })
            #expect(told.lastOtherMeet == plain.lastIndex { $0.type == .meet && $0.mode != .phone })
            #expect(told.lastMeetOrVisit == plain.lastIndex { $0.type == .meet || $0.type == .visit })
            for p in 0..<10 {
                #expect(told.lastMeet(with: "p\(p)") == plain.lastIndex { $0.type == .meet && $0.participantEntities.contains("p\(p)") })
            }
        }
    }

    @Test func subsetLookUpFindsTheFirstEntryWithinTheSet() {
        var dice = Dice(state: 13)
        let codes = ["KEN", "GHA", "PER", "FJI", "NOR", "VNM"]
        for _ in 0..<200 {
            var positions: [Set<String>: Int] = [:]
            for k in 0..<dice.next(40) {
                let key = Set((0..<dice.next(3)).map { _ in codes[dice.next(codes.count)] })
                if positions[key] == nil { positions[key] = k }
            }
            let set = Set((0..<dice.next(5)).map { _ in codes[dice.next(codes.count)] })
            let scan = positions.filter { $0.key.isSubset(of: set) }.map(\.value).min()
            #expect(EventReader.first(in: positions, within: set) == scan)
        }
    }

    @Test func clusterKeepsItsLongestAndFirstMentionAsAScanFindsThem() {
        var dice = Dice(state: 17)
        for _ in 0..<50 {
            func mention() -> Mention {
                let start = dice.next(300), length = 1 + dice.next(4)
                return Mention(tokens: start..<(start + length), span: TextSpan(start * 5, start * 5 + length * 5), text: "Example Name",
                               type: .person, sentence: 0)
            }
            let cluster = EntityLinker.Cluster(mention())
            for _ in 0..<dice.next(30) {
                if dice.next(3) == 0 { cluster.add((0..<dice.next(4)).map { _ in mention() }) } else { cluster.add(mention()) }
                let scan = cluster.mentions.max { a, b in
                    a.tokens.count == b.tokens.count ? a.span.start > b.span.start : a.tokens.count < b.tokens.count
                }!
                #expect(cluster.longest.span == scan.span && cluster.longest.tokens == scan.tokens)
                #expect(cluster.first == cluster.mentions.map(\.span.start).min())
            }
        }
    }

    @Test func repeatedArticleReadsTheSameEventsAsWhenTold() {
        // The same invented report told twice in one article: the indexes see twice the mentions, times and
        // events, and the second telling merges into the first, as before.
        let story = ["Foreign Minister Ana Lopes met Prime Minister Kenji Tanaka in Tokyo on Monday.",
                     "Lopes was accompanied by Deputy Minister Rui Costa.",
                     "Trade Minister Mia Berg also attended the meeting."]
        let once = analyze(article(story[0], story[1], story[2])).meetings()
        let twice = analyze(article(story[0], story[1], story[2], story[0], story[1], story[2])).meetings()
        #expect(once.count == 1)
        #expect(twice.map { Set($0.participants) } == once.map { Set($0.participants) })
        #expect(twice.map(\.date) == once.map(\.date))
    }
}
