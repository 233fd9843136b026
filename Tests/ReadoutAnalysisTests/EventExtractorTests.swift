import Testing
import ReadoutCore
@testable import ReadoutAnalysis

@Suite struct EventExtractorTests {
    @Test func everyFormOfAMeetingVerbIsAMeeting() {
        // 2024-03-14 is a Thursday.
        let cases: [(String, EventStatus, MeetingMode?)] = [
            ("Foreign Minister Ana Lopes talked with Foreign Minister Marta Ibanez by phone on Tuesday.", .occurred, .phone),
            ("Prime Minister Rui Costa is hosting President Amara Odhiambo in Lisbon this week.", .occurred, nil),
            ("President Amara Odhiambo will be receiving Prime Minister Rui Costa in Nairobi on Friday.", .planned, nil)]
        for (text, status, mode) in cases {
            let m = analyze(article(text), published: "2024-03-14").meetings()
            #expect(m.count == 1, "\(text)")
            #expect(m.first?.status == status, "\(text)")
            if let mode { #expect(m.first?.mode == mode, "\(text)") }
        }
    }

    @Test func aGuestWelcomedToAPlaceMeetsThere() {
        let welcomed = analyze(article("Prime Minister Rui Costa welcomed President Amara Odhiambo to Lisbon on Tuesday."), published: "2024-03-14")
        #expect(welcomed.meetings().first?.location == "Lisbon")
        // An envoy's title names the country they serve in, not where the audience was.
        let envoy = analyze(article("Foreign Minister Kwame Asante received the Ambassador of Peru to Ghana, Rosa Quispe, on Tuesday."),
                            published: "2024-03-14")
        #expect(envoy.meetings().allSatisfy { $0.location != "Ghana" })
    }

    @Test func aFrequencyAfterTheVerbIsAHabitNotAMeeting() {
        for text in ["Foreign Minister Ana Lopes phones Foreign Minister Marta Ibanez every month.",
                     "Prime Minister Rui Costa and President Amara Odhiambo meet twice a year."] {
            #expect(analyze(article(text), published: "2024-03-14").meetings().isEmpty, "\(text)")
        }
    }

    @Test func theForeignMinistersOfTwoCountriesAreNotTheirOtherMinisters() {
        // The Chilean minister the article names holds trade, not foreign affairs: no person stands for Chile.
        let a = analyze(article(
            "Norwegian Foreign Minister Ingrid Berge and Chilean Trade Minister Paula Rojas attended the fair.",
            "Talks between the foreign ministers of Norway and Chile took place in Oslo on Wednesday."), published: "2024-03-14")
        #expect(!a.meetings().contains { $0.participants.contains("Paula Rojas") })
    }

    @Test func theirMeetingIsTheMeetingJustTold() {
        let a = analyze(article(
            "Foreign Minister Ingrid Berge met her Chilean counterpart Tomas Rojas in Oslo on Wednesday.",
            "Their meeting was the first between foreign ministers of Norway and Chile since 2019.",
            "As part of their talks, the two discussed fisheries."), published: "2024-03-14")
        #expect(a.meetings().map { Set($0.participants) } == [["Ingrid Berge", "Tomas Rojas"]])
        #expect(a.meetings().first?.date == "2024-03-13")
    }

    @Test func theSpokesmanReportingAfterTheCommaIsNoParty() {
        let a = analyze(article("President Rui Costa will hold talks with the visiting Kenyan leader in Lisbon on Thursday, government spokesman Tomas Rojas told reporters."),
                        published: "2024-03-14")
        #expect(!a.meetings().contains { $0.participants.contains("Tomas Rojas") })
        // The subject of the main clause after a fronted phrase is a party, though a speech verb follows the name.
        let b = analyze(article("Foreign Minister Ana Lopes met Prime Minister Rui Costa in Lisbon on Monday.",
                                "In talks held in Lisbon on Monday, Lopes said that both countries should expand trade in fish and wine."),
                        published: "2024-03-14")
        #expect(b.meetings().contains { Set($0.participants) == ["Ana Lopes", "Rui Costa"] })
    }

    @Test func theSigningTheyWitnessedIsTheirAgreement() {
        let talks = "Moldovan President Ion Rusu held talks with Chilean President Ana Lopes in Lisbon on Tuesday."
        for text in ["After the talks, the two heads of state witnessed the signing of cooperation documents on trade.",
                     "The two sides signed cooperation agreements on trade and health."] {
            let a = analyze(article(talks, text), published: "2024-03-14")
            #expect(a.events.filter { $0.type == .agree }.map { Set($0.participants) } == [["Ion Rusu", "Ana Lopes"]], "\(text)")
        }
        // Agreeing to work together (or coordinate) is a promise, not an accord.
        let promise = analyze(article(talks, "The two sides also agreed to coordinate closely at the United Nations."), published: "2024-03-14")
        #expect(promise.events.filter { $0.type == .agree }.isEmpty)
    }

    @Test func aBorderMeetingItsSidelinesItsHeadlineAndAnInvitation() {
        // 2024-03-14 is a Thursday.
        let a = analyze(article(
            "Moldovan President Ion Rusu and his Chilean counterpart Ana Lopes met on Monday in the border town of Valparaiso.",
            "Lopes invited Rusu to attend a regional summit in Lisbon in July.",
            "Rusu also met Portuguese President Rui Costa on the sidelines of the event.",
            title: "Moldova, Chile leaders pledge closer ties at border meeting"), published: "2024-03-14")
        let meetings = a.meetings()
        #expect(meetings.count == 2)
        #expect(meetings.first { $0.participants.contains("Ana Lopes") }?.location == "Valparaiso")
        #expect(meetings.first { $0.participants.contains("Rui Costa") }?.date == "2024-03-11")
        // The one invited to attend goes, not the one who invited.
        #expect(a.events.filter { $0.type == .visit }.map(\.participants) == [["Ion Rusu"]])
    }

    @Test func whatOneToldAnotherInACallIsTheirCall() {
        // 2024-03-14 is a Thursday.
        for text in ["President Ana Lopes told Prime Minister Rui Costa in a video call on Monday that the border would reopen.",
                     "President Ana Lopes assured Prime Minister Rui Costa during a phone call on Monday that the border would reopen.",
                     "In a video call on Monday, President Ana Lopes told Prime Minister Rui Costa that the border would reopen."] {
            let a = analyze(article(text), published: "2024-03-14")
            #expect(a.meetings().map { Set($0.participants) } == [["Ana Lopes", "Rui Costa"]], "\(text)")
            #expect(a.meetings().first?.date == "2024-03-11", "\(text)")
        }
        // One person speaking in a call with no other named holds no meeting.
        #expect(analyze(article("President Ana Lopes said in a phone call on Monday that the border would reopen."), published: "2024-03-14").meetings().isEmpty)
    }

    @Test func aStoryFiledAtHomeAboutDaysAbroadKeepsThemAbroad() {
        // 2024-03-14 is a Thursday. An agency files from its capital about a minister's trip.
        let a = analyze(article("LISBON, March 13 (Lusa) - Foreign Minister Ana Lopes held talks with her Kenyan counterpart Peter Otieno in Nairobi on Wednesday.",
                                "Lopes also called on Kenyan President Ruth Wanjiru."), published: "2024-03-14")
        #expect(a.meetings().map(\.location) == ["Nairobi", "Nairobi"])
        // Back home on another day, the dateline's city again.
        let b = analyze(article("LISBON, March 14 (Lusa) - Foreign Minister Ana Lopes held talks with her Kenyan counterpart Peter Otieno in Nairobi in January.",
                                "On Thursday Lopes received Chilean Foreign Minister Tomas Rojas."), published: "2024-03-14")
        #expect(b.meetings().map(\.location) == ["Nairobi", "Lisbon"])
    }

    @Test func callingAPersonIsACallAndHeadingToAPlaceIsATrip() {
        // 2024-03-14 is a Thursday.
        let call = analyze(article("President Ana Lopes called Prime Minister Rui Costa on Monday to express support."), published: "2024-03-14")
        #expect(call.meetings().map { Set($0.participants) } == [["Ana Lopes", "Rui Costa"]])
        #expect(call.meetings().first?.mode == .phone)
        let headline = analyze(article("Prime Minister Rui Costa thanked President Ana Lopes for her support.", title: "Lopes calls Costa after storm"), published: "2024-03-14")
        #expect(headline.meetings().count == 1)
        // Calling someone something rings no one.
        #expect(analyze(article("President Ana Lopes called Prime Minister Rui Costa a friend."), published: "2024-03-14").meetings().isEmpty)
        let trip = analyze(article("Foreign Minister Ion Rusu heads to Lisbon on Friday for talks with his Portuguese counterpart."), published: "2024-03-14")
        #expect(trip.events.filter { $0.type == .visit }.map(\.location) == ["Lisbon"])
        #expect(analyze(article("Foreign Minister Ion Rusu heads the Moldovan delegation."), published: "2024-03-14").events.filter { $0.type == .visit }.isEmpty)
    }

    @Test func sittingDownAMealOrAnEncounterWithSomeoneIsMeetingThem() {
        // 2024-03-14 is a Thursday.
        for text in ["President Ana Lopes will sit down with Prime Minister Rui Costa next week.",
                     "President Ana Lopes had dinner with Prime Minister Rui Costa on Monday.",
                     "President Ana Lopes had a brief encounter with Prime Minister Rui Costa at the summit on Monday."] {
            let a = analyze(article(text), published: "2024-03-14")
            #expect(a.meetings().map { Set($0.participants) } == [["Ana Lopes", "Rui Costa"]], "\(text)")
            #expect(a.meetings().first?.mode == .inPerson, "\(text)")
        }
        // Letters and messages are exchanged from afar; views across a table.
        #expect(analyze(article("President Ana Lopes and Prime Minister Rui Costa exchanged letters on Monday."), published: "2024-03-14").meetings().isEmpty)
        #expect(analyze(article("President Ana Lopes and Prime Minister Rui Costa exchanged views on trade on Monday."), published: "2024-03-14").meetings().count == 1)
    }

    @Test func separateTalksWithTwoPeopleAreTwoMeetings() {
        let a = analyze(article("President Ana Lopes held separate talks with Prime Minister Rui Costa and President Ion Rusu on Monday."),
                        published: "2024-03-14")
        #expect(a.meetings().map { Set($0.participants) } == [["Ana Lopes", "Rui Costa"], ["Ana Lopes", "Ion Rusu"]])
    }

    @Test func theWeekendTheTensePointsToAndTheSpeakerWhoMetAfterSaying() {
        // 2024-03-14 is a Thursday: the weekend before is the 9th, the one ahead the 16th.
        let past = analyze(article("President Ana Lopes met Prime Minister Rui Costa over the weekend."), published: "2024-03-14")
        #expect(past.meetings().map(\.date) == ["2024-03-09"])
        let ahead = analyze(article("President Ana Lopes will meet Prime Minister Rui Costa at the weekend."), published: "2024-03-14")
        #expect(ahead.meetings().map(\.date) == ["2024-03-16"])
        // "X said after meeting Y": the speaker is the one who met.
        for text in ["President Ana Lopes said after meeting Prime Minister Rui Costa on Monday that the talks were tense.",
                     "The talks were tense, President Ana Lopes told reporters after meeting Prime Minister Rui Costa on Monday."] {
            let a = analyze(article(text), published: "2024-03-14")
            #expect(a.meetings().map { Set($0.participants) } == [["Ana Lopes", "Rui Costa"]], "\(text)")
        }
    }

    @Test func departuresGatheringsAndBeingDueAreTrips() {
        // 2024-03-14 is a Thursday.
        func visits(_ text: String) -> [Event] { analyze(article(text), published: "2024-03-14").events.filter { $0.type == .visit } }
        #expect(visits("President Ana Lopes left Lisbon for Nairobi on Monday.").map(\.location) == ["Nairobi"])
        #expect(visits("President Ana Lopes departed for Tokyo on Monday.").map(\.location) == ["Tokyo"])
        #expect(visits("President Ana Lopes left the meeting early on Monday.").isEmpty)
        // "... meet Y on Friday ... before leaving for Z": Friday is the meeting's, not the trip's.
        let leaving = visits("Lopes is expected to meet Prime Minister Rui Costa on Friday and to address a forum before leaving for Tokyo.")
        #expect(leaving.map(\.location) == ["Tokyo"])
        #expect(leaving.first?.date == nil)
        #expect(visits("President Ana Lopes travelled to the G20 summit in Brazil on Monday.").map(\.location) == ["Brazil"])
        let due = visits("Kenyan President Peter Otieno is due in Lisbon on Saturday.")
        #expect(due.map(\.location) == ["Lisbon"])
        #expect(due.map(\.status) == [.planned])
        // A trip to a country and to its capital is one trip; another city is a stop of its own.
        #expect(visits("President Ana Lopes will visit Japan this week. She will fly to Tokyo on Friday.").count == 1)
        #expect(visits("President Ana Lopes landed in Osaka on Monday. She visited Japan for three days.").count == 2)
    }

    @Test func aMeetingOfDelegationsIsAMeetingOfTheirHeads() {
        // 2024-03-14 is a Thursday.
        let a = analyze(article("Delegations from Moldova and Chile held a second round of talks in Geneva on Monday.",
                                "The Moldovan delegation was led by Deputy Prime Minister Ion Rusu, while Chile's delegation was headed by presidential adviser Tomas Rojas."),
                        published: "2024-03-14")
        #expect(a.meetings().map { Set($0.participants) } == [["Ion Rusu", "Tomas Rojas"]])
        // "X, who led the Y team" and "Y is represented by Z" name heads too; a party with none stays itself.
        let b = analyze(article("Moldovan and Hamas negotiators met in Doha on Monday.",
                                "Hamas is represented by Khalil Nasser, the group's chief negotiator."), published: "2024-03-14")
        #expect(b.meetings().map { Set($0.participants) } == [["Moldova", "Khalil Nasser"]])
        let c = analyze(article("Negotiators from Moldova and Chile met in Geneva on Monday.",
                                "Ion Rusu, who led the Moldovan team, called the talks useful."), published: "2024-03-14")
        #expect(c.meetings().map { Set($0.participants) } == [["Ion Rusu", "Chile"]])
        // A head of one visit's delegation does not stand for the party in talks the sentence names as its own.
        let d = analyze(article("Qatar is hosting talks between Moldova and Hamas on Monday.",
                                "The emir also welcomed a Hamas delegation led by senior official Khalil Nasser."), published: "2024-03-14")
        #expect(d.meetings().contains { Set($0.participants) == ["Moldova", "Hamas"] })
    }

    @Test func aMeetingAWeekAheadIsPlannedWhateverItsMonth() {
        // 2024-03-14 is a Thursday: "next week" falls in March, the month of writing.
        let a = analyze(article("The Kremlin said President Ion Rusu and President Ana Lopes would speak by video link next week."), published: "2024-03-14")
        #expect(a.meetings().map(\.status) == [.planned])
    }

    @Test func aMeetingAndTheAgreementItsPeopleSignAfterIt() {
        // 2024-03-15 is a Friday, four days after Monday the 11th.
        // "After the talks" is the meeting just told, on its day: no second meeting on the day of publication.
        let after = analyze(article("Prime Minister Rui Costa and President Ana Lopes held talks in Lisbon on Monday.",
                                    "After the talks, the two leaders witnessed the signing of a fisheries accord."), published: "2024-03-15")
        #expect(after.meetings().map(\.date) == ["2024-03-11"])
        #expect(after.events.filter { $0.type == .agree }.map { Set($0.participants) } == [["Rui Costa", "Ana Lopes"]])
        // "where the two renewed": the two people named before it in the same sentence, not the last sentence's pair.
        let here = analyze(article("Foreign Minister Ion Rusu met Trade Minister Tomas Rojas on Friday.",
                                   "Prime Minister Rui Costa met President Ana Lopes at the palace on Monday, where the two renewed a fisheries accord."),
                           published: "2024-03-14")
        #expect(here.events.filter { $0.type == .agree }.map { Set($0.participants) } == [["Rui Costa", "Ana Lopes"]])
    }

    @Test func theOwnerOfAMeetingIsItsParty() {
        // 2024-03-14 is a Thursday.
        for text in ["Prime Minister Rui Costa's talks with President Ana Lopes took place on Monday.",
                     "During Prime Minister Rui Costa's meeting with President Ana Lopes on Monday, the two discussed trade."] {
            let a = analyze(article(text), published: "2024-03-14")
            #expect(a.meetings().map { Set($0.participants) } == [["Rui Costa", "Ana Lopes"]], "\(text)")
            #expect(a.meetings().first?.date == "2024-03-11", "\(text)")
        }
        // Still not a party: the owner of a person ("Costa's envoy met Lopes").
        let envoy = analyze(article("Prime Minister Rui Costa's envoy Tomas Rojas met President Ana Lopes on Monday."), published: "2024-03-14")
        #expect(envoy.meetings().map { Set($0.participants) } == [["Tomas Rojas", "Ana Lopes"]])
    }

    @Test func aCallHeldHasNoPlaceOfAnotherEvent() {
        let a = analyze(article("President Ana Lopes spoke with Prime Minister Rui Costa over the phone on Monday.",
                                "The ministry had sent an envoy to Lisbon to set up Lopes's phone conversation with Costa."), published: "2024-03-14")
        #expect(a.meetings().map(\.location) == [nil])
    }

    @Test func aMealInSomeonesHonourIsAMeeting() {
        // 2024-03-14 is a Thursday.
        for text in ["President Ana Lopes hosted a state banquet for Prime Minister Rui Costa on Monday evening.",
                     "President Ana Lopes gave a dinner in honour of the visiting Prime Minister Rui Costa on Monday.",
                     "Prime Minister Rui Costa arrived on Sunday. On Monday, President Ana Lopes hosted a lunch for him."] {
            let a = analyze(article(text), published: "2024-03-14")
            #expect(a.meetings().map { Set($0.participants) } == [["Ana Lopes", "Rui Costa"]], "\(text)")
            #expect(a.meetings().first?.date == "2024-03-11", "\(text)")
        }
        #expect(analyze(article("President Ana Lopes hosted a dinner for journalists on Monday."), published: "2024-03-14").meetings().isEmpty)
    }

    @Test func receivingADescribedGuestNamedAfterTheComma() {
        let a = analyze(article("The Portuguese head of government, Rui Costa, received the president of Chile, Ana Lopes, in Lisbon on Monday."),
                        published: "2024-03-14")
        #expect(a.meetings().map { Set($0.participants) } == [["Rui Costa", "Ana Lopes"]])
        // Received a thing, not a person: no meeting.
        #expect(analyze(article("President Rui Costa received the report of the commission, officials said."), published: "2024-03-14").meetings().isEmpty)
    }

    @Test func aCourtesyCallIsInPerson() {
        let a = analyze(article("Foreign Minister Tomas Rojas paid a courtesy call on Prime Minister Lars Berge on Tuesday."), published: "2024-03-14")
        #expect(a.meetings().first?.mode == .inPerson)
    }

    @Test func aCountryThatHoldsAVoteIsItsElection() {
        // 2024-03-14 is a Thursday.
        let cases = [("Moldova holds a presidential election on Sunday.", "2024-03-17", EventStatus.planned),
                     ("Moldova will hold a referendum on the constitution in November.", "2024-11", .planned),
                     ("Moldova held a snap parliamentary election last month.", "2024-02", .occurred),
                     ("Moldova goes to the polls on Sunday.", "2024-03-17", .planned),
                     ("Chileans are voting on Sunday in a referendum.", "2024-03-17", .planned),
                     ("Polls opened in Moldova on Tuesday for a presidential election.", "2024-03-12", .occurred)]
        for (text, date, status) in cases {
            let elections = analyze(article(text), published: "2024-03-14").events.filter { $0.type == .election }
            #expect(elections.count == 1, "\(text)")
            #expect(elections.first?.date == date, "\(text)")
            #expect(elections.first?.status == status, "\(text)")
        }
    }

    @Test func aVoteToldByItsVerbOrItsPeopleIsAnElection() {
        // 2024-03-14 is a Thursday.
        let cases = [("Voters in Moldova elected Ion Rusu as president on Sunday.", "Moldova", EventStatus.occurred),
                     ("Ion Rusu was re-elected president of Moldova on Sunday.", "Moldova", .occurred),
                     ("Chilean voters elected a new congress on Sunday.", "Chile", .occurred),
                     ("Moldova votes on Sunday in a parliamentary election.", "Moldova", .planned),
                     ("Ion Rusu won the presidential election held in Moldova on Sunday.", "Moldova", .occurred),
                     ("Ion Rusu conceded defeat in the Moldovan presidential election on Sunday.", "Moldova", .occurred),
                     // A place fronted before the clause is where its vote is held.
                     ("In neighbouring Moldova, the incumbent Ion Rusu won Saturday's presidential runoff.", "Moldova", .occurred)]
        for (text, country, status) in cases {
            let elections = analyze(article(text), published: "2024-03-14").events.filter { $0.type == .election }
            #expect(elections.map(\.participants) == [[country]], "\(text)")
            #expect(elections.first?.status == status, "\(text)")
        }
        // A modifier is no vote, and a country voting on a resolution holds no election.
        for text in ["The newly elected parliament of Moldova met on Monday.", "President-elect Ion Rusu visited Chile on Monday.",
                     "Moldova voted against the resolution on Monday.", "Moldova held talks with Chile before the election."] {
            #expect(analyze(article(text), published: "2024-03-14").events.filter { $0.type == .election }.isEmpty, "\(text)")
        }
    }

    @Test func assetFreezesAndVisaBansAreSanctions() {
        for (text, imposer) in [("Britain froze the assets of two Moldovan officials on Monday.", "Britain"),
                                ("Canada imposed visa bans on 12 Moldovan officials.", "Canada")] {
            let a = analyze(article(text), published: "2024-03-14")
            #expect(a.events.filter { $0.type == .sanction }.map(\.participants) == [[imposer]], "\(text)")
        }
        #expect(analyze(article("Britain froze talks with Moldova on Monday."), published: "2024-03-14").events.filter { $0.type == .sanction }.isEmpty)
    }

    @Test func aPartyJoiningOthersInImposingSanctionsImposesThemWithThem() {
        for (text, imposers) in [("Canada joined Britain in imposing asset freezes on four Moldovan officials on Tuesday.", ["Canada", "Britain"]),
                                 ("Japan on Monday joined the United States and the European Union in imposing sanctions on two banks.",
                                  ["Japan", "United States", "European Union"])] {
            let a = analyze(article(text), published: "2024-03-14")
            #expect(a.events.filter { $0.type == .sanction }.map { Set($0.participants) } == [Set(imposers)], "\(text)")
        }
    }

    @Test func aDesignationOfTargetsIsASanction() {
        let a = analyze(article("The US Treasury on Tuesday designated five entities linked to the Moldovan drone programme."), published: "2024-03-14")
        #expect(a.events.filter { $0.type == .sanction }.count == 1)
        // Designating a venue or an envoy is not.
        for text in ["The designated venue for the summit is Lisbon.", "President Ana Lopes designated Foreign Minister Rui Costa as her envoy."] {
            #expect(analyze(article(text), published: "2024-03-14").events.filter { $0.type == .sanction }.isEmpty, "\(text)")
        }
    }

    @Test func theAgentOfPassiveSanctionsImposesThem() {
        for (text, imposer) in [("The move follows sanctions imposed by the European Union last month on two Moldovan generals.", "European Union"),
                                ("Tariffs were imposed by Canada on Chilean copper in January.", "Canada"),
                                ("Three shipping firms were blacklisted by Britain on Monday.", "Britain")] {
            let a = analyze(article(text), published: "2024-03-14")
            #expect(a.events.filter { $0.type == .sanction }.map(\.participants) == [[imposer]], "\(text)")
        }
        // An approval is no penalty: "approved by" names no sanctions.
        #expect(analyze(article("The budget was approved by Chile's parliament on Monday."), published: "2024-03-14").events.filter { $0.type == .sanction }.isEmpty)
    }

    @Test func theProgressiveOfSanctionsAndSigningsIsRead() {
        let sanction = analyze(article("The European Union is sanctioning three Belarusian officials over the crackdown."), published: "2024-03-14")
        #expect(sanction.events.filter { $0.type == .sanction }.map(\.participants) == [["European Union"]])
        let freeze = analyze(article("Britain slapped an asset freeze on two Iranian generals on Monday."), published: "2024-03-14")
        #expect(freeze.events.filter { $0.type == .sanction }.map(\.participants) == [["Britain"]])
        // "are signing ... on Friday" in an article of Thursday: ahead.
        let pact = analyze(article("Moldova and Georgia are signing a trade pact in Geneva on Friday."), published: "2024-03-14")
        let agree = pact.events.first { $0.type == .agree }
        #expect(agree?.date == "2024-03-15")
        #expect(agree?.status == .planned)
    }

    @Test func aTripEmbarkedOnOrBeenOnIsAVisit() {
        let embarked = analyze(article("Prime Minister Tomas Lindqvist embarked on a two-day state visit to Ghana on Friday."), published: "2024-03-14")
        #expect(embarked.events.filter { $0.type == .visit }.map(\.location) == ["Ghana"])
        let touring = analyze(article("Chancellor Aino Virtanen is on a three-day tour of Kenya, her first to the region."), published: "2024-03-14")
        #expect(touring.events.filter { $0.type == .visit }.map(\.location) == ["Kenya"])
    }

    @Test func everyFormOfATravelVerbIsAVisit() {
        // 2024-03-14 is a Thursday.
        let cases = [("Prime Minister Tomas Lindqvist will arrive in Accra on Monday for a three-day visit.", "2024-03-18", EventStatus.planned),
                     ("President Amara Odhiambo is landing in Lima on Saturday, his office said.", "2024-03-16", .planned),
                     ("Foreign Minister Kwame Asante, travelling to Quito on Tuesday, said little.", "2024-03-12", .occurred)]
        for (text, date, status) in cases {
            let visits = analyze(article(text), published: "2024-03-14").events.filter { $0.type == .visit }
            #expect(visits.count == 1, "\(text)")
            #expect(visits.first?.date == date, "\(text)")
            #expect(visits.first?.status == status, "\(text)")
        }
    }

    @Test func meetingWithDatePlaceAndMode() {
        let a = analyze(article("Kenyan President Amara Odhiambo met Ghanaian Foreign Minister Kwame Asante in Nairobi on Tuesday."),
                        published: "2024-03-14")
        let m = a.meetings()
        #expect(m.count == 1)
        #expect(Set(m.first?.participants ?? []) == ["Amara Odhiambo", "Kwame Asante"])
        #expect(m.first?.date == "2024-03-12")
        #expect(m.first?.location == "Nairobi")
        #expect(m.first?.mode == .inPerson)
        #expect(m.first?.status == .occurred)
    }

    @Test func aMeetingAtASeatOfGovernmentIsInThatCountrysCapital() {
        let a = analyze(article(
            "NAIROBI, March 14 — Kenyan Foreign Minister Kwame Otieno wrote to his Chilean counterpart on Monday.",
            "Kenyan President Amara Odhiambo met Russian Foreign Minister Ivan Petrov at the Kremlin on Tuesday."),
                        published: "2024-03-14")
        let m = a.meetings().first { $0.participants.contains("Ivan Petrov") }
        // The building is the venue; the place is the city it stands in, not the reporter's dateline.
        #expect(m?.venue == "Kremlin")
        #expect(m?.location == "Moscow")
    }

    @Test func welcomingOrReceivingAPersonIsAMeetingButWelcomingADecisionIsNot() {
        let a = analyze(article(
            "President Ana Sousa welcomed Prime Minister Kwame Asante at the presidential palace in Luanda on Monday.",
            "Foreign Minister Rui Lobo received the visiting Chilean envoy Marta Ibáñez on Tuesday.",
            "Finance Minister Tomas Reyes welcomed the decision on Wednesday."), published: "2024-03-14")
        let pairs = a.meetings().map { Set($0.participants) }
        #expect(pairs.contains(["Ana Sousa", "Kwame Asante"]))
        #expect(pairs.contains(["Rui Lobo", "Marta Ibáñez"]))
        #expect(!a.meetings().contains { $0.participants.contains("Tomas Reyes") })
    }

    @Test func sheMeansTheWomanTheArticleCallsHerNotTheManNamedLast() {
        let a = analyze(article(
            "President Kesi Adebayo will travel to Lima this week for talks with her Peruvian counterpart.",
            "In 2019, former president Dayo Kariuki visited Lima.",
            "On Tuesday, she will attend a lunch hosted by Peruvian Vice President Jorge Salas."), published: "2024-03-11")
        let lunch = a.meetings().first { $0.participants.contains("Jorge Salas") }
        #expect(lunch.map { Set($0.participants) } == ["Kesi Adebayo", "Jorge Salas"])
    }

    @Test func talksOverSeveralDaysAreDatedByTheirMonth() {
        let a = analyze(article(
            "Foreign Minister Ana Sousa held talks with Foreign Minister Kwame Asante from March 6 to 10 in Accra."),
                        published: "2024-03-14")
        #expect(a.meetings().first?.date == "2024-03")
    }

    @Test func eachCoordinatedPredicateTakesItsOwnDate() {
        let a = analyze(article("President Ana Lopes will fly to Tokyo on Monday and meet Prime Minister Kenji Tanaka on Tuesday."),
                        published: "2025-03-14")
        #expect(a.meetings().map(\.date) == ["2025-03-18"])
        #expect(a.events.first { $0.type == .visit }?.date == "2025-03-17")
        // Without a date of its own, the meeting keeps the one the sentence gives.
        let b = analyze(article("President Ana Lopes flew to Tokyo on Monday and met Prime Minister Kenji Tanaka."), published: "2025-03-14")
        #expect(b.meetings().map(\.date) == ["2025-03-10"])
    }

    @Test func aDateBeforeTheReportingVerbDatesTheReportNotTheMeeting() {
        let a = analyze(article(
            "On Thursday, the ministry confirmed that President Ana Sousa will meet President Kwame Asante during the summit.",
            "On Friday, Foreign Minister Rui Lobo stated his country's position at a meeting with envoy Marta Ibáñez."),
                        published: "2024-03-14")
        let planned = a.meetings().first { $0.participants.contains("Kwame Asante") }
        #expect(planned != nil && planned?.date == nil)
        // An object, not a clause, after the verb: the date is the meeting's.
        #expect(a.meetings().first { $0.participants.contains("Marta Ibáñez") }?.date == "2024-03-08")
    }

    @Test func anOrganisationsWordsTellWhichPresidentADescriptionMeans() {
        let a = analyze(article(
            "African Union Commission President Amara Diallo and Kenyan President Kofi Mensah arrived in Nairobi on Monday.",
            "On Tuesday, King Ruben Lindqvist met with the AU Commission president at the palace."), published: "2024-03-14")
        let m = a.meetings().first { $0.participants.contains { $0.hasSuffix("Ruben Lindqvist") } }
        #expect(m?.participants.contains("Amara Diallo") == true)
        #expect(m?.participants.contains("Kofi Mensah") == false)
        #expect(m?.participants.contains("AU Commission") == false)
    }

    @Test func aBodysSittingIsTheSettingNotAMeetingOfTheClausesPeople() {
        let a = analyze(article(
            "President Ivan Petrov congratulated Prime Minister Ana Sousa on her victory during a meeting of the Security Council on Monday.",
            "Foreign Minister Rui Lobo will travel to Lima next month for the next meeting of the Chile-Peru Joint Council with Foreign Minister Marta Ibáñez."),
                        published: "2024-03-14")
        #expect(!a.meetings().contains { $0.participants.contains("Ana Sousa") })
        #expect(a.meetings().contains { Set($0.participants) == ["Rui Lobo", "Marta Ibáñez"] })
    }

    @Test func aBareYearOfThePublicationYearDoesNotDateAMeetingOfThatDay() {
        let a = analyze(article(
            "President Ana Sousa and Prime Minister Kwame Asante signed a trade declaration in Accra.",
            "Sousa and Asante agreed to resume talks earlier this year."), published: "2024-03-14")
        let m = a.meetings().first { Set($0.participants) == ["Ana Sousa", "Kwame Asante"] }
        #expect(m?.date == "2024-03-14")
    }

    @Test func aHeadOfStateNamedWithoutATitleHasTheirCountry() {
        let a = analyze(article(
            "Alexander Stubb arrived in Nairobi on Monday.",
            "Later the Finnish leader met President Amara Odhiambo at State House."), published: "2025-03-14")
        #expect(a.entity("Alexander Stubb")?.country == "FIN")
        // The description finds him through that country.
        #expect(a.meetings().contains { Set($0.participants) == ["Alexander Stubb", "Amara Odhiambo"] })
    }

    @Test func theArrivalOfAPersonIsTheirVisitAndAMeetingDuringATripIsWhereTheTripWent() {
        let a = analyze(article(
            "The ambassador confirmed the arrival of President Kofi Mensah in Caracas on Saturday.",
            "On Monday, President Ana Sousa met Premier Li Wei as part of her official visit to China."), published: "2025-03-14")
        #expect(a.events.contains { $0.type == .visit && $0.participants == ["Kofi Mensah"] && $0.location == "Caracas" })
        #expect(a.meetings().first { $0.participants.contains("Li Wei") }?.location == "China")
    }

    @Test func aCounterpartNamedAfterTheCommaIsThatPersonNotTheirCountry() {
        let a = analyze(article(
            "On arrival in Lusaka, President Kofi Mensah was welcomed by his Zambian counterpart, President Grace Banda, on Monday.",
            "Later, Mensah held talks with his Zambian counterparts in Lusaka."), published: "2025-03-14")
        let welcome = a.meetings().first { $0.participants.contains("Grace Banda") }
        #expect(welcome.map { Set($0.participants) } == ["Kofi Mensah", "Grace Banda"])
    }

    @Test func beingInTalksIsNegotiatingNotAMeetingHeld() {
        let a = analyze(article(
            "President Kofi Mensah and Prime Minister Ana Sousa have been in talks to adopt a joint statement.",
            "Mensah held talks with Sousa in Accra on Monday."), published: "2025-03-14")
        #expect(a.meetings().count == 1)
        #expect(a.meetings().first?.date == "2025-03-10")
    }

    @Test func aHeadOfStatesUniqueSurnameAloneIsThatPerson() {
        let a = analyze(article("Reporters in Nairobi asked Stubb about the talks on Monday."), published: "2025-03-14")
        #expect(a.entity("Stubb")?.type == .person)
        #expect(a.entity("Stubb")?.country == "FIN")
    }

    @Test func twoPeopleActingTogetherMetButASinceClauseIsBackground() {
        let together = analyze(article(
            "President Kofi Mensah and visiting Prime Minister Lara Novak pledged on Thursday to double trade."),
            published: "2024-03-14")
        #expect(Set(together.meetings().first?.participants ?? []) == ["Kofi Mensah", "Lara Novak"])
        #expect(together.meetings().first?.mode == .inPerson)

        let background = analyze(article(
            "Prime Minister Lara Novak spoke to reporters in Accra on Monday.",
            "Relations have improved since Novak and President Kofi Mensah late last year agreed to reopen the border."),
            published: "2024-03-14")
        #expect(background.meetings().isEmpty)
    }

    @Test func plannedMeetingIsPlanned() {
        let a = analyze(article("Prime Minister Anika Sorensen will meet Chancellor Markus Hoffmann in Berlin on Friday."))
        let m = a.meetings().first
        #expect(m?.status == .planned)
        #expect(m?.date == "2024-03-15")
    }

    @Test func phoneCallHasPhoneMode() {
        let a = analyze(article("President Ana Ribeiro spoke by phone with her Chilean counterpart Tomás Vidal on Friday."))
        #expect(a.meetings().first?.mode == .phone)
        #expect(Set(a.meetings().first?.participants ?? []) == ["Ana Ribeiro", "Tomás Vidal"])
    }

    @Test func appositionsDescribeParticipantsWithoutJoiningThem() {
        let a = analyze(article(
            "Envoy Daniel Osei, a close adviser to President Kofi Mensah, met Defence Minister Lara Novak in Accra on Monday."))
        #expect(Set(a.meetings().first?.participants ?? []) == ["Daniel Osei", "Lara Novak"])
    }

    @Test func attendeesJoinTheMeetingJustReported() {
        let a = analyze(article(
            "Foreign Minister Hana Suzuki met her counterpart Min-seo Park in Seoul on Monday.",
            "Ambassador Kenji Mori also attended the meeting, as did Deputy Minister Ji-ho Kang."))
        let m = a.meetings()
        #expect(m.count == 1)
        #expect(Set(m.first?.participants ?? []) == ["Hana Suzuki", "Min-seo Park", "Kenji Mori", "Ji-ho Kang"])
    }

    @Test func unnamedOfficialsMeetAsTheirCountries() {
        let a = analyze(article("Indian and Chinese officials held talks in New Delhi this week."))
        #expect(Set(a.meetings().first?.participants ?? []) == ["India", "China"])
    }

    @Test func sanctionsAgreementsVisitsAndElections() {
        let a = analyze(article(
            "Canada imposed sanctions on three Belarusian banks on Monday.",
            "President Amara Odhiambo arrived in Kigali on Tuesday for a state visit.",
            "Vietnam and Indonesia signed an agreement on fisheries.",
            "Voters in Chile head to the polls in the presidential election on Sunday."))
        #expect(a.events.contains { $0.type == .sanction && $0.participants == ["Canada"] })
        #expect(a.events.contains { $0.type == .visit && $0.participants == ["Amara Odhiambo"] && $0.location == "Kigali" })
        #expect(a.events.contains { $0.type == .agree && Set($0.participants) == ["Vietnam", "Indonesia"] })
        #expect(a.events.contains { $0.type == .election })
    }

    @Test func theCountryVotesNotTheCityWhereACandidateCastHisBallot() {
        let a = analyze(article(
            "Gabriel Duarte, the opposition candidate, waves after casting his vote in Porto Alegre, Brazil.",
            "The election in Brazil is the closest in decades."))
        let elections = a.events.filter { $0.type == .election }
        #expect(elections.map(\.participants) == [["Brazil"]])
    }

    @Test func hyphenatedTalksNameTheirTwoPartiesAndJoinTheCallAlreadyTold() {
        let a = analyze(article(
            "Foreign Minister Ana Souza spoke by phone with Carlos Prado on Monday.",
            "As with Ken Lee, during which Tom Hart and Souza discussed Peru, the Souza-Prado talks touched on trade."),
            published: "2024-03-14")
        let calls = a.meetings().filter { Set($0.participants).contains("Carlos Prado") }
        #expect(calls.count == 1)
        #expect(Set(calls.first?.participants ?? []) == ["Ana Souza", "Carlos Prado"])
        #expect(calls.first?.mode == .phone)
    }

    @Test func aMeetingDatedAfterPublicationIsPlannedAndSeparate() {
        let text = [
            "Foreign Minister Ana Souza hosted her counterpart Carlos Prado in Lima on Sunday.",
            "Prado invited Souza to a ministerial meeting in Quito next month.",
            "The fisheries agreement signed by Peru and Ecuador expires on March 30."]
        let dated = analyze(article(text[0], text[1], text[2]), published: "2024-03-14")
        let meetings = dated.meetings().filter { Set($0.participants) == ["Ana Souza", "Carlos Prado"] }
        #expect(meetings.map(\.status).sorted { $0.rawValue < $1.rawValue } == [.occurred, .planned])
        #expect(meetings.first { $0.status == .planned }?.date == "2024-04")
        // "The agreement signed by ... expires on March 30" refers to an old agreement: its expiry is no
        // agreement's date, and nothing new was signed.
        #expect(dated.events.filter { $0.type == .agree }.allSatisfy { $0.date != "2024-03-30" && $0.status != .planned })

        // No publication date: "next month" still points ahead, and keeps the two meetings apart.
        let undated = analyze(article(text[0], text[1], published: nil))
        let both = undated.meetings().filter { Set($0.participants) == ["Ana Souza", "Carlos Prado"] }
        #expect(both.count == 2)
        #expect(both.contains { $0.status == .planned })
    }

    @Test func noMeetingWithoutTwoParties() {
        let a = analyze(article("The meeting on Friday came at a sensitive time for the region."))
        #expect(a.meetings().isEmpty)
    }
}

private func analyze(_ a: Article, published: String) -> ArticleAnalysis {
    var a = a
    a.metadata.published = published
    return ArticleAnalyzer().analyze(a)
}

@Suite struct EventPartiesTests {
    @Test func agreementPartiesAreCountriesNotTheCityWhereTheySigned() {
        let a = analyze(article("Fiji and Vanuatu signed a fisheries agreement in Suva on Tuesday."))
        let agree = a.events.filter { $0.type == .agree }
        #expect(agree.count == 1)
        #expect(Set(agree.first?.participants ?? []) == ["Fiji", "Vanuatu"])
        #expect(agree.first?.location == "Suva")
    }

    @Test func headlineAgreementOfCountriesIsTheAgreementOfMinistersWithoutStatedCountries() {
        // Neither minister's country is stated: each headline country is left for one of them.
        let a = analyze(article("Defence Minister Tomas Lindqvist and his counterpart, Aino Virtanen, signed the pact in Oslo.",
                                title: "Norway, Finland renew defence pact"),
                        published: "2024-05-02")
        let agree = a.events.filter { $0.type == .agree }
        #expect(agree.count == 1)
        #expect(Set(agree.first?.participants ?? []) == ["Tomas Lindqvist", "Aino Virtanen"])
    }


    @Test func theyWhoSignAfterAMeetingAreItsPeople() {
        for text in ["Ana Lopes met Kenji Tanaka in Lisbon on Monday, and they signed a pact on fisheries.",
                     "Ana Lopes met Kenji Tanaka in Lisbon on Monday. They signed a pact on fisheries.",
                     "Ana Lopes met Kenji Tanaka in Lisbon on Monday. The ministers last met in Tokyo in November, when they signed a pact on fisheries."] {
            let a = analyze(article(text), published: "2024-03-14")
            #expect(a.events.filter { $0.type == .agree }.map { Set($0.participants) } == [["Ana Lopes", "Kenji Tanaka"]], "\(text)")
        }
        // No meeting told: "they" are no pair of people.
        #expect(analyze(article("Ana Lopes thanked the workers. They signed a pact with the company.")).events.filter { $0.type == .agree }.isEmpty)
    }

    @Test func theExchangeOfAgreementsAndPluralMemorandumsAreAgreements() {
        for text in ["President Ana Costa and Prime Minister Jorge Quispe witnessed the exchange of agreements on Monday.",
                     "Norway and Finland inked several MoUs on Monday.", "Norway and Finland signed memorandums of understanding on health."] {
            #expect(analyze(article(text), published: "2024-05-02").events.filter { $0.type == .agree }.count == 1, "\(text)")
        }
        // An exchange of anything else is not.
        #expect(analyze(article("The exchange of prisoners between Norway and Finland took place on Monday.")).events.filter { $0.type == .agree }.isEmpty)
    }

    @Test func agreementOfMinistersKeepsTheDayTheCountriesSignedOn() {
        // The countries' sentence dates it; the ministers' sentence says who signed; one agreement, on that day.
        let a = analyze(article("Norway and Finland inked a deal on Sunday to build a power line across their border.",
                                "The agreement was signed by Norwegian Foreign Minister Tomas Lindqvist and his Finnish counterpart Aino Virtanen in Oslo."),
                        published: "2024-05-02")
        let agree = a.events.filter { $0.type == .agree }
        #expect(agree.count == 1)
        #expect(Set(agree.first?.participants ?? []) == ["Tomas Lindqvist", "Aino Virtanen"])
        #expect(agree.first?.date == "2024-04-28")
    }
    @Test func agreementOfThreeCountriesIsNotTwoPeoplesOneOfThemUnplaced() {
        // Two countries are left for one person of unknown country: another agreement.
        let a = analyze(article("President Ana Costa of Portugal and Mr Kenji Sato signed an accord on Monday. Portugal, Spain and France signed a water treaty on Monday."),
                        published: "2024-05-02")
        #expect(a.events.contains { $0.type == .agree && Set($0.participants) == ["Portugal", "Spain", "France"] })
    }

    @Test func placeInsideARelativeClauseIsNotTheMainEventsPlace() {
        let a = analyze(article("Foreign Minister Ana Costa, who met Kenji Sato in Tokyo last month, spoke by phone with Luis Prado on Thursday."),
                        published: "2024-05-03")
        let call = a.events.first { $0.type == .meet && Set($0.participants) == ["Ana Costa", "Luis Prado"] }
        #expect(call?.mode == .phone)
        #expect(call?.location == nil)
        #expect(a.events.contains { $0.type == .meet && Set($0.participants) == ["Ana Costa", "Kenji Sato"] && $0.location == "Tokyo" })
    }

    @Test func anInPersonMeetingAndALaterPhoneCallOfTheSamePairAreTwoEvents() {
        // The first report does not say how they met; the relative clause does, so the call is another event.
        let a = analyze(article("On Thursday, Foreign Minister Ana Costa held discussions with Luis Prado. Costa, who recently met Prado in Madrid in their first in-person meeting, held a telephone conversation with Prado, the ministry said."),
                        published: "2024-05-03")
        #expect(a.events.filter { $0.type == .meet && Set($0.participants) == ["Ana Costa", "Luis Prado"] }.count == 2)
    }

    @Test func theReporterIsAPartyWhenTheClauseNamesThemAsOne() {
        let a = analyze(article("Prime Minister Ulf Berg and President Ahmet Kaya will meet Jens Holm on Monday, Holm said."),
                        published: "2025-06-03")
        #expect(a.events.contains { $0.type == .meet && Set($0.participants) == ["Ulf Berg", "Ahmet Kaya", "Jens Holm"] })
    }

    @Test func theChiefOfABodyIsWhoeverHoldsATitleInIt() {
        let a = analyze(article("NATO Secretary General Paul Morel arrived in Riga on Monday. Morel said Chancellor Erik Dahl and Premier Sofia Marin had agreed to terms, following a meeting hosted by the NATO chief."),
                        published: "2025-06-03")
        #expect(a.events.contains { $0.type == .meet && Set($0.participants) == ["Erik Dahl", "Sofia Marin", "Paul Morel"] })
    }

    @Test func aMeetingOnArrivalIsOnTheDayOfTheTripJustTold() {
        let a = analyze(article("President Amara Diallo arrived in Lisbon on Wednesday evening for a two-day state visit. Upon arrival at the airport, the President was welcomed by President Ana Lopes."),
                        published: "2024-05-03")
        #expect(a.events.first { $0.type == .meet && Set($0.participants) == ["Amara Diallo", "Ana Lopes"] }?.date == "2024-05-01")
    }

    @Test func aCityBeatsARegionAsTheMeetingsPlace() {
        let a = analyze(article("Prime Minister Ana Costa and President Luis Prado agreed the deal, which changes farm rules in Bavaria, during their meeting in Porto on Monday."),
                        published: "2024-05-08")
        #expect(a.events.first { $0.type == .meet }?.location == "Porto")
    }

    @Test func aPhotographerOrAnAnalystIsNoPartyToTheMeeting() {
        let a = analyze(article("President Omar Haddad met Prime Minister Lena Vos on Wednesday, along with photographer Tom Reed."),
                        published: "2025-06-06")
        #expect(a.events.contains { $0.type == .meet && Set($0.participants) == ["Omar Haddad", "Lena Vos"] })
        let b = analyze(article("Prime Minister Lena Vos met President Omar Haddad in Oslo on Monday. \"It was a good meeting,\" said analyst Mark Bell, commenting on the talks between Haddad and Vos."),
                        published: "2025-06-06")
        #expect(!b.events.contains { $0.participants.contains("Mark Bell") })
    }

    @Test func aMeetingAJourneyLeadsToHappensWhereTheJourneyGoes() {
        let a = analyze(article("ACCRA, March 12 (Reuters) - President Faure Adjavon is expected to travel to Abuja on Thursday to meet President Bola Tinubu."),
                        published: "2025-03-12")
        #expect(a.events.first { $0.type == .meet }?.location == "Abuja")
    }

    @Test func aCallNamedAfterAMeetingInPersonIsAnotherEvent() {
        let a = analyze(article("Deputy Prime Minister Tran Hong Ha met Ambassador Ito Naoki in Hanoi on May 28 to discuss preparations for the call."),
                        published: "2025-06-04")
        #expect(a.events.first { $0.type == .meet }?.mode == .inPerson)
        let b = analyze(article("Deputy Prime Minister Tran Hong Ha held a phone call with Ambassador Ito Naoki on May 28."), published: "2025-06-04")
        #expect(b.events.first { $0.type == .meet }?.mode == .phone)
    }

    @Test func theGuestInvitedToVisitTravelsNotTheHost() {
        let a = analyze(article("Prime Minister Nguyen Van Long thanked Prime Minister Hiro Tanabe for the aid, and invited him to visit Viet Nam at a convenient time."),
                        published: "2025-06-04")
        let visits = a.events.filter { $0.type == .visit }
        #expect(visits.map(\.participants) == [["Hiro Tanabe"]])
        #expect(visits.first?.status == .planned)
    }

    @Test func aCallInAClauseAboutAnotherTimeDoesNotMakeAMeetingACall() {
        let a = analyze(article("Foreign Minister Ana Lopes spoke by phone with Foreign Minister Kenji Tanaka on Wednesday.",
                                "The call came a day after Lopes met Foreign Minister Rui Costa in Lisbon."), published: "2025-03-14")
        let modes = Dictionary(a.meetings().map { (Set($0.participants), $0.mode) }, uniquingKeysWith: { a, _ in a })
        #expect(modes[["Ana Lopes", "Kenji Tanaka"]] == .phone)
        #expect(modes[["Ana Lopes", "Rui Costa"]] == .inPerson)
    }

    @Test func aReceptionOfACountrysTitledLeaderAtANamedSiteIsAMeetingOfTwo() {
        let a = analyze(article("President Ana Lopes received Japan's Prime Minister Kenji Tanaka at Quinta das Laranjeiras on Monday."),
                        published: "2025-03-11")
        #expect(a.meetings().map { Set($0.participants) } == [["Ana Lopes", "Kenji Tanaka"]])
        #expect(a.entity("Quinta das Laranjeiras")?.type == .loc)
        // A person after "at" is still a person.
        let b = analyze(article("The criticism was aimed at Jake Sullivan, the adviser said."), published: "2025-03-11")
        #expect(b.entity("Jake Sullivan")?.type == .person)
    }

    @Test func arrivingAtADecisionIsNoTravel() {
        let a = analyze(article("\"An agreement has been arrived at on the border,\" Foreign Secretary Ana Lopes told reporters in Lisbon."),
                        published: "2025-03-11")
        #expect(!a.events.contains { $0.type == .visit })
        let b = analyze(article("President Ana Lopes arrived at the airport in Lima on Monday."), published: "2025-03-11")
        #expect(b.events.filter { $0.type == .visit }.map(\.location) == ["Lima"])
    }

    @Test func theVisitingGuestTravelsNotTheHost() {
        let a = analyze(article("President Ana Lopes on Monday met with visiting Japanese Prime Minister Kenji Tanaka in Lisbon."),
                        published: "2025-03-11")
        let visits = a.events.filter { $0.type == .visit }
        #expect(visits.map(\.participants) == [["Kenji Tanaka"]])
        #expect(visits.first?.location == "Lisbon")
    }

    @Test func aTrailingAttributionsDateIsTheReportsNotTheEvents() {
        let a = analyze(article("Amara Diallo won the presidential election in Guinea by a wide margin, official results showed on Monday."),
                        published: "2025-03-12")
        #expect(a.events.first { $0.type == .election }.map { $0.date != "2025-03-10" } == true)
        // A date of the event's own before the attribution stays.
        let b = analyze(article("President Ana Lopes met Prime Minister Kenji Tanaka on Sunday, the ministry said on Monday."),
                        published: "2025-03-12")
        #expect(b.meetings().first?.date == "2025-03-09")
    }

    @Test func aPlanIsForATimeAhead() {
        // "hoped" and "invited" are past; the visits they tell of are after the day of writing.
        let a = analyze(article("Prime Minister Kenji Tanaka told reporters he hoped to visit Lisbon in April.",
                                "President Ana Lopes said she had invited Tanaka to visit Portugal on Friday."), published: "2024-05-08")
        let visits = a.events.filter { $0.type == .visit }
        #expect(visits.map(\.status) == [.planned, .planned])
        #expect(visits.map(\.date) == ["2025-04", "2024-05-10"])
        // A past time said as such stays past.
        let b = analyze(article("Tanaka said he had planned to visit Lisbon last April."), published: "2024-05-08")
        #expect(b.events.first { $0.type == .visit }.map { $0.date == "2025-04" } != true)
    }

    @Test func aMeetingAtAGatheringIsWhereTheGatheringIs() {
        let a = analyze(article("The ministers had held talks in Lima on Monday.",
                                "Foreign ministers of Peru and Chile met on the sidelines of the Andean summit in Quito on Thursday."),
                        published: "2025-03-14")
        #expect(a.meetings().last?.location == "Quito")
        // Another gathering's city is not this meeting's: talks in Lima about next month's summit in Quito.
        let b = analyze(article("Foreign ministers of Peru and Chile met in Lima on Thursday and discussed the Andean Summit in Quito."),
                        published: "2025-03-14")
        #expect(b.meetings().first?.location == "Lima")
    }

    @Test func aCitySetOffAfterABuildingIsWhereAndNoGovernment() {
        let a = analyze(article("President Amara Odhiambo hosted President Kofi Mensah at State House, Nairobi, on Wednesday.",
                                "They later dined at the Grand Hotel, Nairobi."), published: "2025-03-14")
        #expect(a.meetings().first?.location == "Nairobi")
        #expect(a.entity("Nairobi")?.type == .gpe)
        #expect(a.entity("Kenya") == nil)
        // A hotel is no person, whatever title word its name starts with.
        #expect(a.names(.person) == ["Amara Odhiambo", "Kofi Mensah"])
    }

    @Test func thePassivesAgentsMadeTheAgreement() {
        let a = analyze(article("The fisheries accord was signed by Foreign Minister Ana Lopes and Foreign Minister Kenji Tanaka in Lisbon."),
                        published: "2025-03-16")
        #expect(a.events.filter { $0.type == .agree }.map { Set($0.participants) } == [["Ana Lopes", "Kenji Tanaka"]])
    }

    @Test func aBodyOfStatesMakingAnAgreementIsItsOneParty() {
        let a = analyze(article("The African Union adopted the Kigali Declaration on Saturday after two days of talks."), published: "2025-03-16")
        let agreements = a.events.filter { $0.type == .agree }
        #expect(agreements.map(\.participants) == [["African Union"]])
        // Deciding to act is no agreement made.
        let b = analyze(article("The African Union agreed to send more observers to the border."), published: "2025-03-16")
        #expect(!b.events.contains { $0.type == .agree })
    }

    @Test func aMeetingDoneOnOneDayAndOneAheadOnAnotherAreTwo() {
        let a = analyze(article("President Amara Diallo arrived in Lisbon on Wednesday and was welcomed by President Ana Lopes at the airport.",
                                "On Thursday, President Diallo and President Lopes are expected to hold official talks."),
                        published: "2025-03-13")
        let meetings = a.meetings().map { ($0.status, $0.date) }
        #expect(meetings.count == 2)
        #expect(meetings.contains { $0 == (.occurred, "2025-03-12") } && meetings.contains { $0 == (.planned, "2025-03-13") })
    }

    @Test func aHeadlinesBareTitleIsThePersonTheStoryNamesWithThatRole() {
        // Headlines drop articles: "foreign minister visits Maputo" is the foreign minister named below, not the
        // prime minister met later, and not nobody.
        let a = analyze(article("Portugal will fund new schools in Mozambique, Ana Lopes, the country's foreign minister, announced in Maputo yesterday.",
                                "She met Mozambique's Prime Minister, Tomas Guambe, at his office.",
                                title: "Portugal to fund schools as foreign minister visits Maputo"), published: "2025-06-04")
        let visits = a.events.filter { $0.type == .visit }
        #expect(visits.map(\.participants) == [["Ana Lopes"]])
        #expect(visits.first?.location == "Maputo")
        // The same words in the body are no headline: there "foreign minister visits" needs its article.
        let b = analyze(article("Portugal will fund new schools as foreign minister visits Maputo.",
                                "Ana Lopes, the country's foreign minister, announced the funds."), published: "2025-06-04")
        #expect(!b.events.contains { $0.type == .visit })
    }

    @Test func aHeadlinesUnnamedCounterpartIsTheBodysNamedOne() {
        let a = analyze(article("Prime Minister Nguyen Van Long held phone talks with Japanese Prime Minister Hiro Tanabe on June 3.",
                                title: "PM Nguyen holds phone talks with Japanese counterpart"), published: "2025-06-04")
        let meetings = a.events.filter { $0.type == .meet }
        #expect(meetings.map { Set($0.participants) } == [["Nguyen Van Long", "Hiro Tanabe"]])
    }

    @Test func sanctionImposerIsTheCountryNotTheDatelineCity() {
        let a = analyze(article("OSLO, March 3 — Norway imposed sanctions on two shipping firms on Monday."))
        #expect(a.events.first { $0.type == .sanction }?.participants == ["Norway"])
    }

    @Test func headlineMeetingOfCountriesIsTheMeetingOfTheirMinisters() {
        let a = analyze(article("Foreign Minister Ana Costa met Foreign Minister Luis Prado in Lisbon on Thursday.",
                                title: "Portuguese and Spanish foreign ministers hold talks"),
                        published: "2024-03-14")
        let meets = a.meetings()
        #expect(meets.count == 1)
        #expect(Set(meets.first?.participants ?? []) == ["Ana Costa", "Luis Prado"])
    }

    @Test func describedSpeakerIsThePersonWithThatRole() {
        let a = analyze(article(
            "Brazilian President Marcos Lima met Argentine President Julia Suárez in Brasília on Monday.",
            "“We are neighbours first,” the Brazilian president said."))
        #expect(a.quotes.first?.speaker == "Marcos Lima")
    }

    @Test func datelineCityIsWhereAnUnplacedMeetingHappened() {
        let a = analyze(article("ACCRA, March 12 — President Kofi Mensah held talks with Prime Minister Ana Costa on Tuesday."),
                        published: "2024-03-14")
        #expect(a.meetings().first?.location == "Accra")
    }

    @Test func separatelyMakesTwoMeetings() {
        let a = analyze(article("Minister Rania Haddad met banker Tom Okoro and, separately, former envoys Lena Berg and Omar Said."))
        let pairs = Set(a.meetings().map { Set($0.participants) })
        #expect(pairs.contains(["Rania Haddad", "Tom Okoro"]))
        #expect(pairs.contains(["Rania Haddad", "Lena Berg", "Omar Said"]))
        #expect(!a.meetings().contains { $0.participants.contains("Tom Okoro") && $0.participants.contains("Lena Berg") })
    }
}

@Suite struct DescriptionAndClauseTests {
    @Test func thePortfolioPicksTheRightMinister() {
        let a = analyze(article(
            "Minister of Trade Amina Bello met Minister of Health Kofi Owusu in Abuja on Monday.",
            "The Minister of Trade later received in audience the Ghanaian envoy, Ama Serwaa."))
        #expect(a.meetings().contains { Set($0.participants) == ["Amina Bello", "Ama Serwaa"] })
    }

    @Test func anOpeningPhraseIsAMeetingOfTheMainSubject() {
        let a = analyze(article(
            "In addition to meeting President Rosa Vega, Mr Tomas Lind will meet with UN envoy Hana Ito."))
        let meets = Set(a.meetings().map { Set($0.participants) })
        #expect(meets.contains(["Tomas Lind", "Rosa Vega"]))
        #expect(meets.contains(["Tomas Lind", "Hana Ito"]))
        #expect(!meets.contains { $0.contains("Rosa Vega") && $0.contains("Hana Ito") })
    }

    @Test func rolesWrittenInLowercaseOrBeforeACommaAreKept() {
        let a = analyze(article(
            "He spoke with Kenyan deputy foreign minister Otieno Wafula. The Malian Ambassador to Senegal, Awa Diarra, attended."))
        #expect(a.entity("Otieno Wafula")?.roles.contains("Kenyan deputy foreign minister") == true)
        #expect(a.entity("Awa Diarra")?.roles.contains("Malian Ambassador to Senegal") == true)
    }
}

@Suite struct ListedMeetingTests {
    @Test func eachPersonWithHisOwnDateIsASeparateMeeting() {
        let a = analyze(article("Last year, Minister Ana Silva met envoy Paolo Rossi in March, and a delegation led by Kenji Sato in October."),
                        published: "2024-02-01")
        let byPerson = Dictionary(uniqueKeysWithValues: a.meetings().compactMap { m -> (String, String?)? in
            guard let other = m.participants.first(where: { $0 != "Ana Silva" }) else { return nil }
            return (other, m.date)
        })
        #expect(byPerson["Paolo Rossi"] == "2023-03")
        #expect(byPerson["Kenji Sato"] == "2023-10")
        #expect(!a.meetings().contains { Set($0.participants) == ["Paolo Rossi", "Kenji Sato", "Ana Silva"] })
    }

    @Test func theTwoCountriesAreTheArticlesTwoCountries() {
        let a = analyze(article(
            "Brazil and Argentina are neighbours. Brazil buys wheat; Argentina buys cars. Brazil and Argentina trade a lot.",
            "On Monday, officials from the two countries discussed a new trade pact."))
        #expect(Set(a.meetings().first?.participants ?? []) == ["Brazil", "Argentina"])
    }

    @Test func meetingAgainHasTheSameParties() {
        let a = analyze(article(
            "Indian and Chinese officials held talks in New Delhi on Monday.",
            "Officials will meet again next month to continue the talks."), published: "2024-03-14")
        #expect(a.meetings().filter { Set($0.participants) == ["India", "China"] }.count >= 1)
        #expect(a.meetings().allSatisfy { Set($0.participants) == ["India", "China"] })
    }
}

@Suite struct RelativeDateTests {
    @Test func aDayAfterDatesTheSecondMeetingFromTheFirst() {
        let a = analyze(article(
            "President Lula Mendes spoke on the phone to Chancellor Eva Brandt on Thursday, a day after he spoke to Prime Minister Ravi Nair."),
                        published: "2025-08-08")
        let brandt = a.meetings().first { $0.participants.contains("Eva Brandt") }
        let nair = a.meetings().first { $0.participants.contains("Ravi Nair") }
        #expect(brandt?.date == "2025-08-07")
        #expect(nair?.date == "2025-08-06")
        #expect(Set(nair?.participants ?? []) == ["Lula Mendes", "Ravi Nair"])
    }
}

@Suite struct AnaphoricDateTests {
    @Test func theCallCameDaysAfterAnEarlierMeeting() {
        let a = analyze(article(
            "Foreign Minister Lena Holm spoke by phone with her Saudi counterpart Omar Fadel on Wednesday.",
            "The call came a day after Holm held a virtual meeting with Kazakh Foreign Minister Arman Seitov."),
                        published: "2022-11-10")
        #expect(a.meetings().first { $0.participants.contains("Arman Seitov") }?.date == "2022-11-08")
    }

    @Test func aDayCountedFromTheEventJustTold() {
        // 2022-11-10 is a Thursday; the first meeting is on Monday the 7th.
        let first = "Foreign Minister Lena Holm received Foreign Minister Omar Fadel on Monday."
        let cases = [("Holm had spoken by phone with Foreign Minister Arman Seitov a day earlier.", "2022-11-06"),
                     ("Two days later, Holm met Foreign Minister Arman Seitov in Oslo.", "2022-11-09"),
                     ("The next day, Holm met Foreign Minister Arman Seitov in Oslo.", "2022-11-08"),
                     ("Later that day, Holm met Foreign Minister Arman Seitov in Oslo.", "2022-11-07")]
        for (text, date) in cases {
            let a = analyze(article(first, text), published: "2022-11-10")
            #expect(a.meetings().first { $0.participants.contains("Arman Seitov") }?.date == date, "\(text)")
        }
        // "a day before the summit" counts from the summit, which this sentence names: not from Monday.
        let a = analyze(article(first, "Holm met Foreign Minister Arman Seitov a day before the summit."), published: "2022-11-10")
        #expect(a.meetings().first { $0.participants.contains("Arman Seitov") }?.date != "2022-11-06")
    }

    @Test func aCallOnADayIsStillACall() {
        let a = analyze(article("President Ana Lopez thanked her counterpart Mark Reed for a friendly call on Thursday."),
                        published: "2025-03-07")
        #expect(a.meetings().first?.date == "2025-03-06")
    }

    @Test func aRelativeClauseDateBelongsToItsOwnNoun() {
        let a = analyze(article("Leaders Sami Aziz and Tomas Berg met on Friday to discuss the grain deal, which is set to expire on July 17."),
                        published: "2023-07-08")
        #expect(a.meetings().first?.date == "2023-07-07")
    }
}

@Suite struct ReferenceToTalksTests {
    @Test func talkAboutTheTalksIsNotAnotherMeeting() {
        let a = analyze(article(
            "Brazil and Peru share a long border. Brazil buys fish; Peru buys soy.",
            "“Our two countries share a river,” Minister Ana Souza told reporters after the talks.",
            "Analysts said the talks were part of a push by both governments to deepen ties."))
        #expect(a.meetings().isEmpty)
    }

    @Test func whatWasDiscussedIsATopicNotAParty() {
        for text in ["Sanctions on Peru and Chile were discussed at the meeting.",
                     "The border with Peru and the dispute with Chile were also discussed."] {
            #expect(analyze(article(text)).meetings().isEmpty, "\(text)")
        }
        // Its parties after "by" met.
        let a = analyze(article("Trade was discussed by Ana Souza and Jorge Quispe on Monday."), published: "2024-03-14")
        #expect(a.meetings().map { Set($0.participants) } == [["Ana Souza", "Jorge Quispe"]])
    }
}

@Suite struct BodiesAndGroupsTests {
    @Test func aBodyHoldingANamedDialogueWithAnother() {
        let a = analyze(article("The Ministry of Foreign Affairs also held a “Strategic Partnership Dialogue” with the African Union in May."),
                        published: "2024-06-02")
        #expect(Set(a.meetings().first?.participants ?? []) == ["Ministry of Foreign Affairs", "African Union"])
    }

    @Test func theyContinueTheLastSubject() {
        let a = analyze(article(
            "A delegation led by Professor Amal Haddad visited Nairobi this week.",
            "They also spoke about trade with Deputy Minister Peter Otieno and Ambassador Jane Wambui."), published: "2024-06-02")
        #expect(a.meetings().contains { Set($0.participants) == ["Amal Haddad", "Peter Otieno", "Jane Wambui"] })
    }
}

@Suite struct SideMeetingTests {
    @Test func unnamedOfficialsMeetingOnTheSameDayAsOthersAreTheirOwnMeeting() {
        let a = analyze(article(
            "On Sunday, Egyptian Foreign Minister Samir Adel met Ethiopian Deputy Prime Minister Dawit Bekele in Addis Ababa.",
            "Sudanese and Chadian officials also held talks on the margins of the summit on Sunday."), published: "2026-02-16")
        #expect(a.meetings().contains { Set($0.participants) == ["Sudan", "Chad"] })
    }

    @Test func herPartyIsTheWomanNamedBefore() {
        let a = analyze(article("Opposition leader Nadia Perera conceded defeat. Her party promised “a loyal and vigilant opposition,” her party said."))
        #expect(a.quotes.first?.speaker == "Nadia Perera")
    }
}

@Suite struct CallOrMeetingTests {
    @Test func aCallAndAMeetingOfTheSamePeopleAreTwoEvents() {
        let a = analyze(article(
            "Foreign Minister Lin Hao held talks with his Chilean counterpart Rosa Vidal in Beijing.",
            "The two ministers had spoken by phone in March to prepare the visit.", published: nil))
        #expect(a.meetings().count == 2)
        #expect(Set(a.meetings().compactMap { $0.mode }) == Set([MeetingMode.inPerson, .phone]))
    }

    @Test func callingOnSomeoneIsAVisitInPerson() {
        let a = analyze(article("Prime Minister Omar Siddiqui on Saturday called on Crown Prince Faisal bin Khalid in Jeddah."),
                        published: "2022-04-30")
        #expect(a.meetings().first?.mode == .inPerson)
    }

    @Test func whatOneToldAnotherDuringTheirMeetingTellsTheMeeting() {
        let a = analyze(article("President Jorge Quispe of Peru and Prime Minister Ana Costa of Portugal spoke about trade.",
                                "Quispe told Costa during their meeting on Monday that Peru would not back down."),
                        published: "2024-03-14")
        #expect(a.meetings().map { Set($0.participants) } == [["Jorge Quispe", "Ana Costa"]])
        #expect(a.meetings().first?.date == "2024-03-11")
        // Telling reporters during a meeting is not meeting them.
        #expect(analyze(article("Quispe told reporters during the meeting that Peru would pay.")).meetings().isEmpty)
    }

    @Test func unnamedCounterpartsAreTheirCountriesEachOne() {
        let a = analyze(article("President Ana Costa spoke by phone with her French and German counterparts on Tuesday."), published: "2024-03-14")
        #expect(a.meetings().map { Set($0.participants) } == [["Ana Costa", "France", "Germany"]])
        let b = analyze(article("President Ana Costa held talks with her Japanese counterpart on Tuesday."), published: "2024-03-14")
        #expect(b.meetings().map { Set($0.participants) } == [["Ana Costa", "Japan"]])
    }

    @Test func aPersonMeetingACountrysUnnamedPeopleMeetsTheCountry() {
        for (text, sides) in [("Ana Costa met Kenyan officials on Monday.", ["Kenya"]),
                              ("Ana Costa met a delegation from Kenya on Monday.", ["Kenya"]),
                              ("Ana Costa held talks with leaders from Kenya and Ghana on Monday.", ["Kenya", "Ghana"])] {
            let a = analyze(article(text), published: "2024-03-14")
            #expect(a.meetings().map { Set($0.participants) } == [Set(["Ana Costa"] + sides)], "\(text)")
        }
        // People of no office are not a side ("farmers from Kenya").
        #expect(analyze(article("Ana Costa met farmers from Kenya on Monday.")).meetings().isEmpty)
    }

    @Test func anAudienceWithSomeoneIsAMeeting() {
        let a = analyze(article("Prime Minister Ana Costa had an audience with Pope Leo XIV at the Vatican on Friday."), published: "2024-03-16")
        #expect(a.meetings().map { Set($0.participants) } == [["Ana Costa", "Pope Leo XIV"]])
        #expect(analyze(article("Ana Costa told the audience in Lisbon that Peru would pay.")).meetings().isEmpty)
    }
}

@Suite struct PlaceDetailTests {
    @Test func aPlaceBeforeProvinceIsOnePlace() {
        let a = analyze(article("The helicopter went down in West Java province on Sunday."))
        #expect(a.entity("West Java")?.type == .gpe)
    }

    @Test func agencyDatelinesPlaceAndDateNothingButTheReporter() {
        // 2023-06-14 is a Wednesday: "on Tuesday" is the 13th whatever day the dateline gives.
        let openings = ["Lisbon [Portugal], June 14 (Wire):", "Lisbon, June 14 (Wire)", "LISBON:", "NEW DELHI:"]
        for opening in openings {
            let place = opening.hasPrefix("NEW") ? "New Delhi" : "Lisbon"
            let a = analyze(article("\(opening) Foreign Minister Erik Dahl on Tuesday met his Thai counterpart Somchai Wong.",
                                    "Wong arrived here on Monday on a three-day visit."), published: "2023-06-14")
            #expect(a.meetings().first?.date == "2023-06-13", "\(opening)")
            #expect(a.meetings().first?.location == place, "\(opening)")
            #expect(a.events.first { $0.type == .visit }?.location == place, "\(opening)")
        }
    }

    @Test func theSeatOfGovernmentOrTheCapitalNamedAfterItsNoun() {
        let kremlin = analyze(article("President Ivan Petrov will hold talks with President Ana Lopes in the Kremlin on Thursday."), published: "2023-06-14")
        #expect(kremlin.meetings().first?.location == "Moscow")
        let capital = analyze(article("Foreign Minister Ana Lopes received her Moldovan counterpart Ion Rusu in the capital Lisbon on Friday."),
                              published: "2023-06-14")
        #expect(capital.meetings().first?.location == "Lisbon")
        #expect(capital.entity("Lisbon")?.type == .gpe)
    }

    @Test func aPhoneCallHasNoDatelinePlace() {
        let a = analyze(article("OSLO, June 14 — Foreign Minister Erik Dahl and his Thai counterpart Somchai Wong held a telephone conversation on Wednesday."),
                        published: "2023-06-14")
        #expect(a.meetings().first?.mode == .phone)
        #expect(a.meetings().first?.location == nil)
    }

    @Test func theDestinationWhereTheyWillMeet() {
        let a = analyze(article("Mr Dahl will fly to Bergen tomorrow, where he is due to meet Prime Minister Liv Berg."), published: "2023-06-14")
        #expect(a.meetings().first?.location == "Bergen")
    }

    @Test func aNamedGatheringsCityIsNotTheMeetingsPlace() {
        let a = analyze(article(
            "President Tomas Lind met Prime Minister Rina Sato in Oslo on Monday.",
            "The two leaders also discussed the Nordic Council Summit in Reykjavik."), published: "2024-03-14")
        #expect(a.meetings().allSatisfy { $0.location != "Reykjavik" })
    }
}

@Suite struct TriggerOrderTests {
    @Test func aLaterTriggerNamesTheMeetingWhenTheFirstDoesNot() {
        let a = analyze(article(
            "Foreign Minister Sami Haddad hosted Nour Aziz and Karim Saleh for talks in Amman on Sunday.",
            "Saleh, whose country hosts next month's summit in Baghdad, invited his counterparts to a preparatory meeting in Baghdad on May 15."),
                        published: "2025-04-13")
        #expect(a.meetings().contains { $0.location == "Baghdad" && Set($0.participants) == ["Sami Haddad", "Nour Aziz", "Karim Saleh"] })
    }

    @Test func aBodyDoesNotSwallowTheNameAfterWith() {
        let a = analyze(article("On Friday, Secretary Mark Lane will hold talks at the Foreign Office with Chen, a veteran envoy, and Chen Bo will then fly home."))
        #expect(!a.entities.contains { $0.name.contains("Office with") })
    }

    @Test func officialsMeetingAgainAreTheOfficialsCountries() {
        let a = analyze(article(
            "Interior Minister Ana Costa held virtual talks with her counterpart Luis Prado on Wednesday.",
            "At the ministry, officials from Brazil and Peru discussed the border treaty.",
            "Officials will meet again next month to finish the text."), published: "2024-03-14")
        #expect(a.meetings().filter { Set($0.participants) == ["Ana Costa", "Luis Prado"] }.count == 1)
    }
}

@Suite struct DateChoiceTests {
    @Test func theDateNearestTheTriggerNotALaterVerbs() {
        let a = analyze(article(
            "Foreign Minister Ama Mensah met Foreign Minister John Kariuki in Nairobi on Tuesday.",
            "Kariuki said the deal built on talks the two ministers held in Accra last March and would take effect on July 1."),
                        published: "2024-03-14")
        #expect(a.meetings().contains { $0.location == "Accra" && $0.date == "2023-03" })
    }

    @Test func aCountrysOwnMinistryIsNotASecondParty() {
        let a = analyze(article("Peru and Chile will sign a customs agreement during the visit, Peru's foreign ministry said."))
        #expect(a.events.contains { $0.type == .agree && Set($0.participants) == ["Peru", "Chile"] })
    }

    @Test func theMinistersOfBothCountriesAreTheNamedMinisters() {
        let a = analyze(article(
            "Brazilian Foreign Minister Ana Souza and Peruvian Foreign Minister Luis Prado met in Lima. Brazil and Peru share a border. Brazil and Peru trade.",
            "The foreign ministers of both countries said after talks in Lima that the border would reopen."), published: "2024-03-14")
        #expect(a.meetings().allSatisfy { Set($0.participants) == ["Ana Souza", "Luis Prado"] })
    }
}

@Suite struct TravellerTests {
    @Test func hisVisitIsTheSubjectsNotTheHosts() {
        let a = analyze(article(
            "Prime Minister Ana Costa landed in Lima on Sunday.",
            "The Prime Minister will meet Peruvian President Jorge Quispe on Monday in his first bilateral visit abroad."),
                        published: "2022-06-05")
        #expect(!a.events.contains { $0.type == .visit && $0.participants == ["Jorge Quispe"] })
    }

    @Test func theTravellerOfAClauseOfItsOwnIsItsSubject() {
        // 2024-03-14 is a Thursday.
        let a = analyze(article("Ana Costa met President Jorge Quispe in Lima on Tuesday, and she will travel to Santiago on Sunday."),
                        published: "2024-03-14")
        #expect(a.events.filter { $0.type == .visit }.map(\.participants) == [["Ana Costa"]])
        // The meeting keeps its own day; Sunday is the trip's.
        #expect(a.meetings().map(\.date) == ["2024-03-12"])
        #expect(a.events.first { $0.type == .visit }?.date == "2024-03-17")
        // "X said Y would visit": Y travels, not the one who said so.
        for text in ["Jorge Quispe said Ana Costa would visit Chile next month.", "He said Ana Costa would visit Chile next month."] {
            #expect(analyze(article(text)).events.filter { $0.type == .visit }.map(\.participants) == [["Ana Costa"]], "\(text)")
        }
    }

    @Test func attendanceInARelativeClauseDoesNotSwallowTheMainClause() {
        for text in ["General Ana Costa, who attended the talks, met President Jorge Quispe in Cairo on Monday.",
                     "General Ana Costa, who has not attended the talks, met President Jorge Quispe in Cairo on Monday."] {
            #expect(analyze(article(text)).meetings().map { Set($0.participants) } == [["Ana Costa", "Jorge Quispe"]], "\(text)")
        }
    }

    @Test func aLaterPredicateTellsASecondMeetingOfItsOwn() {
        // 2024-03-14 is a Thursday.
        let a = analyze(article("Ana Costa met President Jorge Quispe on Tuesday and will meet Vice President Rosa Mejia on Saturday."),
                        published: "2024-03-14")
        let meetings = a.meetings().map { (Set($0.participants), $0.date, $0.status) }
        #expect(meetings.count == 2)
        #expect(meetings.contains { $0.0 == ["Ana Costa", "Jorge Quispe"] && $0.1 == "2024-03-12" && $0.2 == .occurred })
        #expect(meetings.contains { $0.0 == ["Ana Costa", "Rosa Mejia"] && $0.1 == "2024-03-16" && $0.2 == .planned })
        // "again" with no one new: the same two, ahead, on their own day.
        let b = analyze(article("Ana Costa met President Jorge Quispe on Tuesday and they will meet again on Saturday."),
                        published: "2024-03-14")
        #expect(b.meetings().map(\.date) == ["2024-03-12", "2024-03-16"])
        #expect(b.meetings().map(\.status) == [.occurred, .planned])
    }

    @Test func aMeetingKeepsItsDayWhenALaterVerbHasAnother() {
        let a = analyze(article("Ana Costa met President Jorge Quispe in Lima on Tuesday and will address parliament on Sunday."),
                        published: "2024-03-14")
        #expect(a.meetings().map(\.date) == ["2024-03-12"])
    }

    @Test func theCounterpartDescribedByATwoWordDemonymArrivedInTheDatelinesCity() {
        // "New Delhi, Mar 13 (PTI)": a dateline with an abbreviated month puts "here" in New Delhi.
        let a = analyze(article("New Delhi, Mar 13 (PTI) External Affairs Minister Ravi Menon on Friday held talks with his Saudi Arabian counterpart Faisal Nasser.",
                                "The Saudi Arabian minister arrived here on Thursday on a two-day visit.", title: "Menon holds talks"),
                        published: "2024-03-15")
        #expect(a.events.filter { $0.type == .visit }.map(\.participants) == [["Faisal Nasser"]])
        #expect(a.events.first { $0.type == .visit }?.location == "New Delhi")
    }

    @Test func whoFliesOnAfterAMeetingIsTheMainClausesSubjectWhateverTheirTitle() {
        // "Secretary of State" is a title: its "of" does not make the minister an object.
        let a = analyze(article("US Secretary of State Ana Costa met Foreign Minister Jorge Quispe in Lima on Friday before flying to Quito."),
                        published: "2024-03-15")
        #expect(a.events.filter { $0.type == .visit }.map(\.participants) == [["Ana Costa"]])
    }

    @Test func aWhereClauseAfterTheNextStopTellsAMeetingThere() {
        let a = analyze(article("Foreign Minister Ana Costa will sit down with President Jorge Quispe in Lima on Friday before flying to Quito, where she will meet Vice President Rosa Mejia on Sunday."),
                        published: "2024-03-14")
        let meetings = a.events.filter { $0.type == .meet }
        // The meeting in Lima stays in Lima, on Friday; the one in the clause is in Quito, on Sunday.
        #expect(meetings.contains { Set($0.participants) == ["Ana Costa", "Jorge Quispe"] && $0.location == "Lima" && $0.date == "2024-03-15" })
        #expect(meetings.contains { Set($0.participants) == ["Ana Costa", "Rosa Mejia"] && $0.location == "Quito" && $0.date == "2024-03-17" && $0.status == .planned })
        // No date or place before the participle belongs to the meeting after it, nor the reverse.
        let unplaced = analyze(article("Foreign Minister Ana Costa will sit down with President Jorge Quispe before flying to Quito on Sunday."),
                               published: "2024-03-14").events.filter { $0.type == .meet }
        #expect(unplaced.map(\.location) == [nil])
        #expect(unplaced.map(\.date) == [nil])
    }
}
