// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariantList>
#include <QVariantMap>

#include <map>
#include <memory>
#include <vector>

class QSettings;

namespace dc::gui {
class AppContext;
} // namespace dc::gui

namespace dc::test {

class TestSite;

// Real sites for the Qt Quick tests, made through core services in temporary folders (Argon2id at the
// RFC 9106 floor, as tests/support/TestSite does), each broken in one way. Registered as the QML singleton
// DoiChieu.Test/TestSites; a site is made the first time a test asks for it.
class TestSites : public QObject {
    Q_OBJECT

public:
    // `context`: the GUI's, whose open session traceStatements() watches.
    TestSites(QSettings& settings, gui::AppContext* context, QObject* parent = nullptr);
    ~TestSites() override;

    // kind: "good" (a supervisor, a volunteer and three books), "noKeyring", "damagedKeyring", "tooNew"
    // (user_version above the program's), "corrupt" (a byte flipped near the start), "throttled" (five
    // failed sign-ins recorded for the supervisor), "missing" (no file at the path), "hub" (a province hub with a
    // province and a district account and every commune's summaries: tests/support/HubFixture.h).
    // Returns databasePath, userName, password, displayName, recoveryCode, and for "good" volunteerName,
    // volunteerPassword, volunteerDisplayName; for "hub" provinceName, provincePassword, districtName,
    // districtPassword, district (the district account's) and drillCommune (a commune with books and alarms). An empty
    // map (and a warning) when the site cannot be made. "awardsHub": the same hub with the work the judging reads
    // (tests/support/HubFixture.h addAwardsWork).
    // Also "enrolled": a commune (the supervisor, the pair lan + minh, a birth book with entries 1–12 logged) enrolled
    // as Dầu Tiếng/Thanh An with a real hub made by `init --kind hub` (its province account hubUserName/hubPassword,
    // hubDatabasePath), through the real enrollment files.
    // "errorMapHub" (issue 16): a real hub that imported the real bundles of two communes
    // (tests/support/ErrorMapFixture.h: Dầu Tiếng/Thanh An 24 birth entries of 1998, 3 correcting the subject's sex;
    // `otherPlace`, the first commune of the first other district, 40 entries, 7 corrected): databasePath,
    // provinceName, provincePassword, districtName, districtPassword (a district account of `district`, Dầu Tiếng),
    // otherPlace.
    Q_INVOKABLE QVariantMap site(const QString& kind);

    // Imports bundle files at the hub of the "enrolled" site through ImportService, as its province account: for each
    // file {status, reason, checks}. Empty when the hub cannot be opened.
    Q_INVOKABLE QVariantList importAtHub(const QStringList& files);
    // Real bundles of the "enrolled" commune, written by its supervisor through BundleService into a fresh folder:
    // the pending work split into several files of consecutive sequence numbers (a small size limit): `parts`
    // (paths, in order), `checks` (how many checks they carry), and `damaged` (a copy of the first with one byte of
    // its payload flipped). Empty when it fails.
    Q_INVOKABLE QVariantMap realBundles();
    // A roster package (issue 14) built at the "enrolled" site's hub for its commune with two volunteers, an.nguyen
    // (Nguyễn Văn An) and binh.tran (Trần Thị Bình), and applied there by the supervisor: both accounts await
    // activation. Returns anName, anCode, binhName, binhCode ("12345-67890"). Made once; empty when it fails.
    Q_INVOKABLE QVariantMap rosterAccounts();

    // A fresh site for a pair's work, a copy of one made once (so each test starts from nothing logged, and quickly):
    // the supervisor, the volunteers "lan" (Nguyễn Thị Lan) and "minh" (Lê Quang Minh), and the books birth 01/1998
    // (entries 1–412, open), marriage 01/2005–2006 (1–188, open) and death 02/2010 (closed). Returns databasePath,
    // userName/password (the supervisor), lanName, lanPassword, lanDisplayName, minhName, minhPassword,
    // minhDisplayName.
    Q_INVOKABLE QVariantMap pairSite();

    // What is stored in a site, read back as the supervisor through LogService::listChecks (current rows, voids
    // left out, newest first): each a map with entry, outcome, registrationDate, subjectName, transcript, reason,
    // earlier (how many versions it replaced), reader and checker (user names) and corrections (field, before, after,
    // class, writingDifference).
    Q_INVOKABLE QVariantList storedChecks(const QString& databasePath);
    // The kinds of the events of the site's latest work session, in order ("start", "swap", "pause", ...).
    Q_INVOKABLE QStringList workSessionEvents(const QString& databasePath);
    // How many drafts (half-typed entries kept for a pair, core::DraftService) the site holds.
    Q_INVOKABLE int storedDrafts(const QString& databasePath);

    // Logs checks in the birth book of a pair site as the pair lan (reader) + minh, through LogService, then ends
    // their work session: entry 1 match, 2 corrected (the subject's name "Tran Thi Be" → "Trần Thị Bé", a diacritic
    // error), 3 missing and entered new, 4 escalated ("Ng_yễn Văn *"), 5–10 match. Returns false when it failed.
    Q_INVOKABLE bool seedChecks(const QString& databasePath);
    // The review of the current check of this entry of the birth book, read as the supervisor through
    // ReviewService::queue: {state, outcome, checkId, earlier, history: [{decision, state, reason, note}]}; empty
    // when the entry is not in the queue in any state.
    // The supervisor closes every open book of the site (true when all closed).
    Q_INVOKABLE bool closeBooks(const QString& databasePath);
    Q_INVOKABLE QVariantMap reviewOf(const QString& databasePath, int entry);
    // Today's spot-check items through SpotCheckService::samples: {entry, result, field, before, after, class}.
    Q_INVOKABLE QVariantList spotItems(const QString& databasePath);
    // The audit events with this action ("day.closed", "report.exported", "review.return"...): each {actors, subject,
    // details} with details parsed from JSON.
    Q_INVOKABLE QVariantList auditEvents(const QString& databasePath, const QString& action);
    // A path in a folder that cannot be written (a file stands where the folder should be).
    Q_INVOKABLE QString unwritablePath(const QString& fileName);
    // A fresh temporary folder's path for `fileName`, and whether a file is there.
    Q_INVOKABLE QString scratchPath(const QString& fileName);
    Q_INVOKABLE bool fileExists(const QString& path);
    // The names of the entries of a folder, recursively ("backup/xa.db"), sorted.
    Q_INVOKABLE QStringList filesUnder(const QString& folder);
    Q_INVOKABLE bool makeFolder(const QString& folder);
    // The first bytes of a file (to check it is what it says: "PK" for XLSX, "%PDF" for PDF), as Latin-1.
    Q_INVOKABLE QString fileStart(const QString& path, int bytes);
    // The size of the database's write-ahead log file (path + "-wal"); -1 when there is none.
    Q_INVOKABLE double walSize(const QString& databasePath);

    // Forgets what the interface remembered (database path, user name, language) between tests.
    Q_INVOKABLE void resetSettings();
    // Everything the interface remembered, after writing it out: the settings file as it is on disk, then each key
    // and its value as QSettings reads it back (so that no escaping hides a value).
    Q_INVOKABLE QString settingsText();

    // What the GUI asks of its open database (store::Database::traceStatements): from traceStatements(true) on, the
    // text of every statement as it starts to run ("COMMIT" for a commit), until traceStatements(false) or the
    // session closes. False when nobody is signed in.
    Q_INVOKABLE bool traceStatements(bool on);
    Q_INVOKABLE QStringList tracedStatements() const { return m_traced; }

    // Issue 18: the local training site (TrainingService::ensureLocalTrainingSite: the trainer taphuan and the pair
    // hv01 + hv02 with their printed passwords, three books of 20 entries) plus a short birth book of five hand-made
    // entries given to the pair (TestTrainingSite.cpp: a clean entry, missing diacritics, a tone placement, a missing
    // record, an illegible entry). Returns databasePath, trainerName, trainerPassword, readerName, readerPassword,
    // checkerName, checkerPassword, shortBook (its book number) and shortBookEntries (5).
    Q_INVOKABLE QVariantMap trainingSite();
    // The training results of the site as the trainer's `training results --output` writes them, into `path`; with
    // `otherMachine`, as if another machine's pair hv03 + hv04 had the same results.
    Q_INVOKABLE bool writeTrainingResults(const QString& databasePath, const QString& path, bool otherMachine);
    // `count` more trainee pairs at the training site, after its last (support/TrainingPairs: hv03 + hv04, … with their
    // three books), that have logged nothing: the board lists them too.
    Q_INVOKABLE bool addTrainingPairs(const QString& databasePath, int count);

private:
    [[nodiscard]] QVariantMap make(const QString& kind);
    [[nodiscard]] bool makePairTemplate();

    QSettings& m_settings;
    gui::AppContext* m_context = nullptr;
    QStringList m_traced;
    QTemporaryDir m_scratch;
    std::map<QString, std::unique_ptr<TestSite>> m_sites;
    int m_bundleRuns = 0;
    QVariantMap m_rosterAccounts;
    std::map<QString, QVariantMap> m_described;
    std::unique_ptr<TestSite> m_pairTemplate;
    std::vector<std::unique_ptr<QTemporaryDir>> m_copies;
    std::vector<std::unique_ptr<TestSite>> m_errorMapCommunes; // the communes of "errorMapHub"
};

} // namespace dc::test
