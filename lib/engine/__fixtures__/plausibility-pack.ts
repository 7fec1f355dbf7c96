/**
 * A small invented pack for the plausibility rules: officials, militant
 * leaders and commentators of several parties and eras; a person the bank
 * shows killed; a country known only from the Cold War; cause-effect facts
 * whose clauses lean on unresolved references or are bare noun phrases; and
 * acronyms both obvious ("US") and not ("USSR"). Test data only: not real content.
 */
import { buildPack, type FactInput } from "./build";

const src = (para: number) => ({ source: "wire", para });
const role = (title: string, value: string, para: number) => ({ title, date: { precision: "month" as const, value }, source: src(para) });
const base = { sources: [src(1)], modules: ["main"] };
const month = (value: string) => ({ precision: "month" as const, value });
const year = (value: string) => ({ precision: "year" as const, value });

const facts: FactInput[] = [
  // US officials of 2012, and one Pakistani official.
  { ...base, id: "panetta-patience", kind: "position", text: "Speaking in Kabul in [June 2012](#date), US Defense Secretary [Leon Panetta](leon-panetta) said the [United States](united-states) was losing patience with [Pakistan](pakistan).", date: month("2012-06"), claimedBy: ["leon-panetta"], claim: "the United States was losing patience with Pakistan", question: "Which US official said in Kabul in June 2012 that the United States was losing patience with Pakistan?", answer: "leon-panetta", parties: ["united-states", "pakistan"] },
  { ...base, id: "mattis-centcom", kind: "person-role", text: "In [March 2012](#date) General [James Mattis](james-mattis) headed US Central Command.", date: month("2012-03"), parties: ["united-states"] },
  { ...base, id: "allen-nato", kind: "person-role", text: "In [March 2012](#date) General [John Allen](john-allen) was the NATO commander in Afghanistan.", date: month("2012-03"), parties: ["united-states"] },
  { ...base, id: "little-press", kind: "person-role", text: "In [March 2012](#date) [George Little](george-little) was the Pentagon press secretary.", date: month("2012-03"), parties: ["united-states"] },
  { ...base, id: "obama-president", kind: "person-role", text: "In [March 2012](#date) [Barack Obama](barack-obama) was the US President.", date: month("2012-03"), parties: ["united-states"] },
  { ...base, id: "gilani-pm", kind: "person-role", text: "In [March 2012](#date) [Yusuf Raza Gilani](yusuf-raza-gilani) was Prime Minister of Pakistan.", date: month("2012-03"), parties: ["pakistan"] },
  // Militant leaders: one killed in 2009, one killed in 2011.
  { ...base, id: "mehsud-killed", kind: "event", text: "Pakistani Taliban leader [Baitullah Mehsud](baitullah-mehsud) was killed in [2009](#date).", label: "the killing of the Pakistani Taliban leader", date: year("2009"), parties: ["pakistan"] },
  { ...base, id: "bin-laden-killed", kind: "event", text: "In [2011](#date) a raid in [Abbottabad](abbottabad) killed al-Qaeda leader [Osama bin Laden](osama-bin-laden).", label: "the Abbottabad raid", date: year("2011"), parties: ["united-states", "pakistan"] },
  // Commentators of 2012, and one whose claims come from a 2024 analysis.
  { ...base, id: "khalique-balance", kind: "expert-view", text: "Commentator [Harris Khalique](harris-khalique) added in [March 2012](#date) that an American departure must not let [Afghanistan](afghanistan) slide back into terrorism.", date: month("2012-03"), claimedBy: ["harris-khalique"], claim: "an American departure must not let Afghanistan slide back into terrorism", parties: ["pakistan"] },
  { ...base, id: "akhter-backlash", kind: "expert-view", text: "Defence expert [Masood Akhter](masood-akhter) warned in [March 2012](#date) that reopening the supply route would cause a backlash.", date: month("2012-03"), claimedBy: ["masood-akhter"], claim: "reopening the supply route would cause a backlash", parties: ["pakistan"] },
  { ...base, id: "ahmed-talks", kind: "expert-view", text: "Professor [Naeem Ahmed](naeem-ahmed) said in [March 2012](#date) that Pakistan wanted a say in the Taliban talks.", date: month("2012-03"), claimedBy: ["naeem-ahmed"], claim: "Pakistan wanted a say in the Taliban talks", parties: ["pakistan"] },
  { ...base, id: "rahim-hard", kind: "expert-view", text: "Correspondent [Shakoor Rahim](shakoor-rahim) judged in [March 2012](#date) that reopening the route would be a hard decision.", date: month("2012-03"), claimedBy: ["shakoor-rahim"], claim: "reopening the route would be a hard decision", parties: ["pakistan"] },
  { ...base, id: "writer-unpredictable", kind: "expert-view", text: "Analyst [Nadia Writer](nadia-writer) expects (2024) that relations between Pakistan and the United States will stay hard to predict.", date: year("2024"), sources: [{ source: "analysis-2024", para: 2 }], claimedBy: ["nadia-writer"], claim: "relations between Pakistan and the United States will stay hard to predict", parties: ["pakistan", "united-states"] },
  { ...base, id: "writer-raid-flashpoint", kind: "expert-view", text: "Analyst [Nadia Writer](nadia-writer) ranks the [2011](#date) raid in [Abbottabad](abbottabad) among the gravest flashpoints.", date: year("2011"), sources: [{ source: "analysis-2024", para: 3 }], claimedBy: ["nadia-writer"], claim: "the 2011 raid in Abbottabad was among the gravest flashpoints", parties: ["pakistan", "united-states"] },
  // Countries: positions of 2010, and a Cold War that names the Soviet Union.
  { ...base, id: "pakistan-drones-anger", kind: "position", text: "According to [Pakistan](pakistan) in [2010](#date), civilians killed by drone strikes stoked public fury.", date: year("2010"), claimedBy: ["pakistan"], claim: "civilians killed by drone strikes stoked public fury", parties: ["pakistan"] },
  { ...base, id: "us-wants-offensive", kind: "position", text: "In [2010](#date) the [United States](united-states) wanted an offensive in North Waziristan.", date: year("2010"), claimedBy: ["united-states"], claim: "an offensive in North Waziristan was needed", parties: ["united-states"] },
  { ...base, id: "india-nuclear-deal", kind: "event", text: "In [2008](#date) the [United States](united-states) and [India](india) reached a civilian nuclear agreement.", label: "the US-India nuclear agreement", date: year("2008"), parties: ["united-states", "india"] },
  { ...base, id: "china-corridor", kind: "event", text: "In [2013](#date) [Pakistan](pakistan) drew closer to [China](china).", label: "Pakistan's turn towards China", date: year("2013"), parties: ["pakistan", "china"] },
  { ...base, id: "afghan-border", kind: "event", text: "In [2010](#date) militants crossed from [Pakistan](pakistan) into [Afghanistan](afghanistan).", label: "the border crossings of militants", date: year("2010"), parties: ["pakistan", "afghanistan"] },
  { ...base, id: "saudi-gulf", kind: "event", text: "In [2012](#date) [Pakistan](pakistan) courted [Saudi Arabia](saudi-arabia).", label: "Pakistan's courting of Saudi Arabia", date: year("2012"), parties: ["pakistan", "saudi-arabia"] },
  { ...base, id: "aid-dependence", kind: "event", text: "In [2010](#date) [Pakistan](pakistan) depended on aid from the [United States](united-states).", label: "Pakistan's dependence on US aid", date: year("2010"), parties: ["pakistan", "united-states"] },
  { ...base, id: "cold-war-ally", kind: "event", text: "In the [1980s](#date) [Pakistan](pakistan) helped the [United States](united-states) against the [Soviet Union](soviet-union) in Afghanistan.", label: "the Cold War partnership", date: { precision: "decade", value: "1980s" }, parties: ["pakistan", "united-states"] },
  // Cause and effect: a dangling effect, a noun-phrase cause, and plain clauses.
  { ...base, id: "programme-eroded-trust", kind: "cause-effect", text: "In the [1990s](#date) [Pakistan](pakistan)'s secret nuclear programme wore away trust with the [United States](united-states).", date: { precision: "decade", value: "1990s" }, cause: "Pakistan pursued a secret nuclear programme while a partner of the United States", effect: "the programme became a bone of contention and trust between the two wore away", parties: ["pakistan", "united-states"] },
  { ...base, id: "raid-strained-ties", kind: "cause-effect", text: "The aftermath of the [2011](#date) raid in [Abbottabad](abbottabad) strained ties between [Pakistan](pakistan) and the [United States](united-states).", date: year("2011"), cause: "the Abbottabad raid and its aftermath", effect: "diplomatic relations between Pakistan and the United States came under heavy strain", parties: ["pakistan", "united-states"] },
  { ...base, id: "strike-closed-route", kind: "cause-effect", text: "After a NATO strike killed soldiers in [November 2011](#date), [Pakistan](pakistan) closed the supply route.", date: month("2011-11"), cause: "a NATO border strike killed 24 Pakistani soldiers", effect: "Pakistan shut the main NATO supply line into Afghanistan", parties: ["pakistan"] },
  { ...base, id: "sanctions-1990s", kind: "cause-effect", text: "In the [1990s](#date) the [United States](united-states) placed sanctions on [Pakistan](pakistan) over its nuclear ambitions.", date: { precision: "decade", value: "1990s" }, cause: "Pakistan pursued nuclear ambitions", effect: "the United States placed sanctions on Pakistan", parties: ["pakistan", "united-states"] },
  { ...base, id: "aid-friction", kind: "cause-effect", text: "In [2012](#date) aid with conditions caused friction between [Pakistan](pakistan) and the [United States](united-states).", date: year("2012"), cause: "Pakistan depended on US aid that came with conditions attached", effect: "friction arose between Pakistan and the United States", parties: ["pakistan", "united-states"] },
  { ...base, id: "china-counterweight", kind: "cause-effect", text: "In [2013](#date) the [United States](united-states) courted [India](india) as China's influence rose.", date: year("2013"), cause: "China's influence in Asia kept rising", effect: "the United States pursued closer relations with India as a counterweight", parties: ["united-states", "india"] },
  { ...base, id: "raid-outrage", kind: "cause-effect", text: "The [2011](#date) raid provoked fury in [Pakistan](pakistan).", date: year("2011"), cause: "the United States raided Abbottabad without Pakistan's knowledge", effect: "broad fury arose in Pakistan over the breach of its sovereignty", parties: ["pakistan", "united-states"] },
  { ...base, id: "us-india-deal-fear", kind: "cause-effect", text: "The [United States](united-states) and [India](india) reached a nuclear deal in [2008](#date), which worried [Pakistan](pakistan).", date: year("2008"), cause: "the United States and India reached a civilian nuclear deal in 2008", effect: "Pakistan grew more afraid of being pushed to the margins", parties: ["pakistan", "united-states", "india"] },
  { ...base, id: "corridor-closer-to-china", kind: "cause-effect", text: "In [2015](#date) [China](china) funded an economic corridor and [Pakistan](pakistan) drew closer to it.", date: year("2015"), cause: "China funded an economic corridor through Pakistan", effect: "Pakistan drew closer to China and welcomed its money for roads and power plants", parties: ["pakistan", "china"] },
  { ...base, id: "dealings-after-2001", kind: "cause-effect", text: "After [2001](#date), [Pakistan](pakistan) kept dealing with militant groups that the [United States](united-states) wanted destroyed.", date: year("2001"), sources: [{ source: "analysis-2024", para: 4 }], cause: "Pakistan kept dealing with militant groups that the United States wanted destroyed", effect: "the United States came to doubt whether Pakistan would ever act against those groups", parties: ["pakistan", "united-states"] },
  { ...base, id: "cold-war-reward", kind: "cause-effect", text: "In the [1980s](#date) [Pakistan](pakistan) was rewarded with aid for helping the [United States](united-states).", date: { precision: "decade", value: "1980s" }, cause: "Pakistan helped the United States against the Soviet Union in Afghanistan", effect: "Pakistan was rewarded with American military and economic aid", parties: ["pakistan", "united-states"] },
  { ...base, id: "aid-resumed-2003", kind: "cause-effect", text: "In [2003](#date) the [United States](united-states) resumed large-scale aid to [Pakistan](pakistan) for its help against al-Qaeda.", date: year("2003"), cause: "Pakistan joined the hunt for al-Qaeda fighters on its soil", effect: "the United States resumed large-scale aid to Pakistan", parties: ["pakistan", "united-states"] },
  { ...base, id: "summit-2005-new-course", kind: "cause-effect", text: "In [2005](#date) a summit changed the course of relations between [Pakistan](pakistan) and the [United States](united-states) once more.", date: year("2005"), cause: "the leaders of Pakistan and the United States met at a summit", effect: "the course of relations between Pakistan and the United States changed once more", parties: ["pakistan", "united-states"] },
  { ...base, id: "clash-2003", kind: "cause-effect", text: "In [2003](#date) a border clash strained ties between [Pakistan](pakistan) and the [United States](united-states).", date: year("2003"), cause: "Pakistani and American troops clashed on the Afghan border", effect: "relations between Pakistan and the United States grew strained", parties: ["pakistan", "united-states"] },
  { ...base, id: "standing-resentment", kind: "cause-effect", text: "Conditions on American aid have bred resentment in [Pakistan](pakistan) (as of [2024](#date)).", date: year("2024"), sources: [{ source: "analysis-2024", para: 5 }], cause: "the United States attached conditions to its aid to Pakistan", effect: "resentment of the United States grew in Pakistan", parties: ["pakistan", "united-states"] },
  { ...base, id: "strikes-alliance-recovered", kind: "cause-effect", text: "In [2014](#date) joint strikes showed the alliance of the [United States](united-states) and [Pakistan](pakistan) had recovered.", date: year("2014"), cause: "the United States struck militants wanted by Pakistan", effect: "the counterterrorism alliance of the United States and Pakistan recovered", parties: ["pakistan", "united-states"] },
  // Acronyms.
  { ...base, id: "isi-acronym", kind: "definition", text: "[ISI](isi) stands for Inter-Services Intelligence (as named in [2010](#date)).", date: year("2010"), parties: ["pakistan"] },
  { ...base, id: "cia-isi", kind: "event", text: "In the [1980s](#date) the [CIA](cia) and the [ISI](isi) worked together.", label: "the CIA-ISI partnership", date: { precision: "decade", value: "1980s" }, parties: ["united-states", "pakistan"] },
  { ...base, id: "ttp-threat", kind: "event", text: "In [2014](#date) the [TTP](pakistani-taliban) was a threat to [Pakistan](pakistan).", label: "the TTP threat", date: year("2014"), parties: ["pakistan"] },
  { ...base, id: "saarc-framework", kind: "event", text: "In [2012](#date) a commentator named [SAARC](saarc) as a framework.", label: "the SAARC proposal", date: year("2012"), parties: ["pakistan"] },
  { ...base, id: "un-role", kind: "event", text: "In [2012](#date) the [UN](un) called for talks.", label: "the UN call for talks", date: year("2012"), parties: ["pakistan"] },
];

export const plausibilityPack = buildPack({
  meta: { id: "plausibility-pack", title: "Plausibility fixture", version: "1.0.0", description: "Invented facts for the plausibility rules.", language: "en-GB", topics: {} },
  sources: [
    { id: "wire", file: "wire.txt", publisher: "Example Wire", author: null, title: "Pakistan and the US", kind: "news-report", date: { precision: "month", value: "2012-06" } },
    { id: "analysis-2024", file: "analysis.txt", publisher: null, author: "Nadia Writer", title: "Ties in 2024", kind: "analysis", date: { precision: "day", value: "2024-11-15" } },
  ],
  entities: [
    { id: "pakistan", kind: "place", placeType: "country", name: "Pakistan" },
    { id: "united-states", kind: "place", placeType: "country", name: "United States", acronym: "US", aliases: ["America"], capital: "Washington" },
    { id: "afghanistan", kind: "place", placeType: "country", name: "Afghanistan" },
    { id: "india", kind: "place", placeType: "country", name: "India" },
    { id: "china", kind: "place", placeType: "country", name: "China" },
    { id: "saudi-arabia", kind: "place", placeType: "country", name: "Saudi Arabia" },
    { id: "soviet-union", kind: "place", placeType: "country", name: "Soviet Union", acronym: "USSR" },
    { id: "abbottabad", kind: "place", placeType: "city", name: "Abbottabad", party: "pakistan" },
    { id: "cia", kind: "organisation", name: "Central Intelligence Agency", acronym: "CIA", party: "united-states", description: "the United States' foreign intelligence service" },
    { id: "isi", kind: "organisation", name: "Inter-Services Intelligence", acronym: "ISI", party: "pakistan", description: "Pakistan's spy agency" },
    { id: "saarc", kind: "organisation", name: "South Asian Association for Regional Cooperation", acronym: "SAARC", description: "the regional organisation of South Asian states" },
    { id: "un", kind: "organisation", name: "United Nations", acronym: "UN" },
    { id: "us-central-command", kind: "organisation", name: "US Central Command", party: "united-states", description: "the US military command for the Middle East and South Asia" },
    { id: "state-department", kind: "organisation", name: "US State Department", party: "united-states", description: "the United States' foreign ministry" },
    { id: "supply-route", kind: "programme", name: "NATO supply route", description: "the overland route that carried NATO's supplies" },
    { id: "economic-corridor", kind: "programme", name: "Economic corridor", description: "a programme of roads and power plants" },
    { id: "pakistani-taliban", kind: "group", name: "Tehrik-i-Taliban Pakistan", acronym: "TTP" },
    { id: "leon-panetta", kind: "person", name: "Leon Panetta", party: "united-states", roles: [role("US Defense Secretary", "2012-06", 2)] },
    { id: "james-mattis", kind: "person", name: "James Mattis", party: "united-states", roles: [role("head of US Central Command", "2012-03", 3)] },
    { id: "john-allen", kind: "person", name: "John Allen", party: "united-states", roles: [role("NATO commander in Afghanistan", "2012-03", 4)] },
    { id: "george-little", kind: "person", name: "George Little", party: "united-states", roles: [role("Pentagon Press Secretary", "2012-03", 5)] },
    { id: "barack-obama", kind: "person", name: "Barack Obama", party: "united-states", roles: [role("US President", "2012-03", 6)] },
    { id: "yusuf-raza-gilani", kind: "person", name: "Yusuf Raza Gilani", party: "pakistan", roles: [role("Pakistani Prime Minister", "2012-03", 7)] },
    { id: "baitullah-mehsud", kind: "person", name: "Baitullah Mehsud", party: "pakistani-taliban", roles: [{ title: "Pakistani Taliban leader", date: year("2009"), source: src(8) }] },
    { id: "osama-bin-laden", kind: "person", name: "Osama bin Laden", aliases: ["bin Laden"] },
    { id: "harris-khalique", kind: "person", name: "Harris Khalique", party: "pakistan", roles: [role("political commentator", "2012-03", 9)] },
    { id: "masood-akhter", kind: "person", name: "Masood Akhter", roles: [role("defence expert and retired Air Marshal", "2012-03", 10)] },
    { id: "naeem-ahmed", kind: "person", name: "Naeem Ahmed", party: "pakistan", roles: [role("professor of International Relations", "2012-03", 11)] },
    { id: "shakoor-rahim", kind: "person", name: "Shakoor Rahim", roles: [role("correspondent in Islamabad", "2012-03", 12)] },
    { id: "nadia-writer", kind: "person", name: "Nadia Writer", description: "writer of a 2024 analysis", roles: [{ title: "author of a 2024 analysis", date: year("2024"), source: { source: "analysis-2024", para: 1 } }] },
  ],
  facts,
  modules: [{ id: "main", title: "Main", summary: "Everything in the plausibility fixture, in one module for the tests.", objectives: ["Rank distractors.", "Keep stems self-contained.", "Keep matching fair."] }],
});
