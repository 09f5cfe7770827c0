// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// doichieu-ts-check COMMITTED.ts REFRESHED.ts
//
// Compares the committed translation with a copy that lupdate refreshed from the current sources (see
// CheckTranslations.cmake) and fails, listing the messages, when any message of the refreshed copy is not
// finished (new in the sources, or never translated), has an empty translation or plural form, drops a
// placeholder (%1, %n) of its source, or when the two files do not hold the same set of messages (the
// committed file needs `ninja update_translations`).
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QXmlStreamReader>

#include <cstdio>
#include <map>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    QString type;             // translation type: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or the numerus forms
    bool numerus = false;
    [[nodiscard]] QString key() const { return context + QChar(0x1f) + source + QChar(0x1f) + comment; }
    [[nodiscard]] QString label() const { return QStringLiteral("[%1] \"%2\"").arg(context, source); }
    [[nodiscard]] bool active() const { return type != u"vanished" && type != u"obsolete"; }
};

bool readTs(const QString& path, std::map<QString, Message>& out, QString& language) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == u"TS") {
            language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message{};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.translations = {xml.readElementText()};
                out[message.key()] = message;
            }
        } else if (name == u"numerusform") {
            message.translations.append(xml.readElementText());
            out[message.key()] = message;
        }
    }
    if (xml.hasError()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(xml.errorString()));
        return false;
    }
    return true;
}

QSet<QString> placeholders(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        found.insert(it.next().captured());
    }
    return found;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: doichieu-ts-check COMMITTED.ts REFRESHED.ts\n");
        return 2;
    }
    std::map<QString, Message> committed;
    std::map<QString, Message> refreshed;
    QString committedLanguage;
    QString refreshedLanguage;
    if (!readTs(args.at(1), committed, committedLanguage) || !readTs(args.at(2), refreshed, refreshedLanguage)) {
        return 2;
    }
    QStringList problems;
    for (const auto& [key, message] : refreshed) {
        if (!message.active()) {
            if (committed.count(key) && committed.at(key).active()) {
                problems << message.label() + QStringLiteral(": no longer in the sources (refresh the .ts)");
            }
            continue;
        }
        if (!committed.count(key) || !committed.at(key).active()) {
            problems << message.label() + QStringLiteral(": new in the sources, not in the committed .ts");
            continue;
        }
        if (message.type == u"unfinished") {
            problems << message.label() + QStringLiteral(": unfinished");
            continue;
        }
        for (const QString& translation : message.translations) {
            if (translation.trimmed().isEmpty()) {
                problems << message.label() + QStringLiteral(": empty translation");
            } else if (placeholders(translation) != placeholders(message.source)) {
                problems << message.label() + QStringLiteral(": the translation \"%1\" does not keep the placeholders")
                                                  .arg(translation);
            }
        }
        if (message.translations.isEmpty()) {
            problems << message.label() + QStringLiteral(": no translation");
        }
    }
    for (const auto& [key, message] : committed) {
        if (!message.active()) {
            problems << message.label() + QStringLiteral(": obsolete message left in the committed .ts");
        } else if (!refreshed.count(key)) {
            problems << message.label() + QStringLiteral(": missing after lupdate");
        }
    }
    if (!problems.isEmpty()) {
        std::fprintf(stderr, "%s (%s): %lld problem(s):\n", qPrintable(args.at(1)), qPrintable(committedLanguage),
                     static_cast<long long>(problems.size()));
        for (const QString& problem : problems) {
            std::fprintf(stderr, "  %s\n", qPrintable(problem));
        }
        std::fprintf(stderr,
                     "Run `ninja update_translations`, translate in Qt Linguist (or the .ts), mark finished.\n");
        return 1;
    }
    std::printf("%s: %zu messages, all translated\n", qPrintable(args.at(1)), refreshed.size());
    return 0;
}
