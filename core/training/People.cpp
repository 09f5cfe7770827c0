// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/training/People.h"

#include "core/domain/PartialDate.h"
#include "core/training/Resources.h"
#include "core/training/Variants.h"

#include <QJsonArray>
#include <QJsonObject>

#include <stdexcept>

namespace dc::core::training::synthetic {

namespace {

Weighted weighted(const QJsonValue& value) {
    Weighted out;
    for (const QJsonValue& item : value.toArray()) {
        const QJsonArray pair = item.toArray();
        out.values.append(pair.at(0).toString());
        out.weights.push_back(pair.at(1).toInt());
        out.total += pair.at(1).toInt();
    }
    if (out.values.isEmpty() || out.total <= 0) {
        throw std::logic_error("names.json: an empty weighted list");
    }
    return out;
}

QStringList strings(const QJsonValue& value) {
    QStringList out;
    for (const QJsonValue& item : value.toArray()) {
        out.append(item.toString());
    }
    if (out.isEmpty()) {
        throw std::logic_error("names.json: an empty list");
    }
    return out;
}

NameData loadNames() {
    const QJsonObject root = trainingResource(QStringLiteral("names.json"));
    NameData data;
    data.surnames = weighted(root.value(QLatin1String("surnames")));
    const QJsonObject middle = root.value(QLatin1String("middle")).toObject();
    data.middleMale = weighted(middle.value(QLatin1String("male")));
    data.middleFemale = weighted(middle.value(QLatin1String("female")));
    const QJsonObject given = root.value(QLatin1String("given")).toObject();
    data.givenMale = strings(given.value(QLatin1String("male")));
    data.givenFemale = strings(given.value(QLatin1String("female")));
    for (const QString& name : data.givenMale) {
        if (!variants::otherTonePlacement(name).isEmpty()) {
            data.toneMale.append(name);
        }
    }
    for (const QString& name : data.givenFemale) {
        if (!variants::otherTonePlacement(name).isEmpty()) {
            data.toneFemale.append(name);
        }
    }
    if (data.toneMale.isEmpty() || data.toneFemale.isEmpty()) {
        throw std::logic_error("names.json: no given name with a tone on an open oa/oe/uy syllable");
    }
    data.ethnicities = weighted(root.value(QLatin1String("ethnicities")));
    const QJsonObject relationships = root.value(QLatin1String("relationships")).toObject();
    data.relationshipsBirth = weighted(relationships.value(QLatin1String("birth")));
    data.relationshipsDeath = weighted(relationships.value(QLatin1String("death")));
    data.birthPlaces = strings(root.value(QLatin1String("birthPlaces")));
    data.deathPlaces = strings(root.value(QLatin1String("deathPlaces")));
    data.deathCauses = strings(root.value(QLatin1String("deathCauses")));
    const QJsonObject residences = root.value(QLatin1String("residences")).toObject();
    data.residencesRural = strings(residences.value(QStringLiteral("xã")));
    data.residencesUrban = strings(residences.value(QLatin1String("other")));
    data.deathNoticeIssuers = strings(root.value(QLatin1String("deathNoticeIssuers")));
    const QJsonObject issuers = root.value(QLatin1String("idIssuers")).toObject();
    data.idIssuerBefore1997 = issuers.value(QLatin1String("before1997")).toString();
    data.idIssuerFrom1997 = issuers.value(QLatin1String("from1997")).toString();
    return data;
}

} // namespace

const NameData& names() {
    static const NameData data = loadNames();
    return data;
}

QString dateText(const QDate& day) {
    return domain::PartialDate{day.year(), day.month(), day.day()}.toString();
}

QString EntryWriter::place(const QString& pattern, const campaign::Commune& commune) {
    QString out = pattern;
    out.replace(QLatin1String("{commune}"), commune.kind + u' ' + commune.name);
    out.replace(QLatin1String("{district}"), commune.district);
    out.replace(QLatin1String("{province}"), m_province);
    out.replace(QLatin1String("{n}"), QString::number(m_random.between(1, 9)));
    out.replace(QLatin1String("{m}"), QString::number(m_random.between(1, 6)));
    return out;
}

QString EntryWriter::residence() {
    const campaign::Commune& commune = m_random.percent(80) ? m_commune : m_random.pick(m_communes);
    const bool rural = commune.kind == QStringLiteral("xã");
    return place(m_random.pick(rural ? names().residencesRural : names().residencesUrban), commune);
}

QString EntryWriter::givenName(bool male) {
    return m_random.pick(male ? names().givenMale : names().givenFemale);
}

QString EntryWriter::fullName(bool male, const QString& surname) {
    const QString family = surname.isEmpty() ? names().surnames.pick(m_random) : surname;
    const QString middle = (male ? names().middleMale : names().middleFemale).pick(m_random);
    return family + u' ' + middle + u' ' + givenName(male);
}

// A 9-digit CMND of the province (DOMAIN.md: Bình Dương's prefix 280).
QString EntryWriter::cmnd() {
    return QStringLiteral("280%1").arg(m_random.between(0, 999999), 6, 10, QLatin1Char('0'));
}

QString EntryWriter::idIssuer(const QDate& day) const {
    // Bình Dương was part of Sông Bé until 01/01/1997.
    return day.year() < 1997 ? names().idIssuerBefore1997 : names().idIssuerFrom1997;
}

QDate EntryWriter::dayIn(int year) {
    return QDate(year, 1, 1).addDays(m_random.below(365));
}

QString EntryWriter::yearOrDate(const QDate& day, int yearOnlyPercent) {
    return m_random.percent(yearOnlyPercent) ? QString::number(day.year()) : dateText(day);
}

Draft EntryWriter::birth(const QDate& registered) {
    Draft d;
    const bool male = m_random.percent(51);
    const QString fatherSurname = names().surnames.pick(m_random);
    const QString ethnicity = names().ethnicities.pick(m_random);
    const QDate born = registered.addDays(-m_random.between(0, 60));
    d.male = {{QStringLiteral("subject"), male}, {QStringLiteral("father"), true}, {QStringLiteral("mother"), false}};
    d.book.insert(QStringLiteral("subject.full_name"), fullName(male, fatherSurname));
    d.book.insert(QStringLiteral("subject.birth_date"), dateText(born));
    d.book.insert(QStringLiteral("subject.sex"), male ? kMale : kFemale);
    d.book.insert(QStringLiteral("subject.ethnicity"), ethnicity);
    d.book.insert(QStringLiteral("subject.nationality"), QStringLiteral("Việt Nam"));
    d.book.insert(QStringLiteral("subject.birth_place"), place(m_random.pick(names().birthPlaces), m_commune));
    if (m_random.percent(60)) {
        d.book.insert(QStringLiteral("subject.home_town"), m_commune.kind + u' ' + m_commune.name +
                                                               QStringLiteral(", ") + m_commune.district +
                                                               QStringLiteral(", tỉnh ") + m_province);
    }
    const QString fatherName = fullName(true, fatherSurname);
    const QString motherName = fullName(false);
    d.book.insert(QStringLiteral("father.full_name"), fatherName);
    d.book.insert(QStringLiteral("father.birth_date"), yearOrDate(dayIn(born.year() - m_random.between(20, 42)), 60));
    d.book.insert(QStringLiteral("father.ethnicity"), ethnicity);
    d.book.insert(QStringLiteral("father.nationality"), QStringLiteral("Việt Nam"));
    d.book.insert(QStringLiteral("father.residence"), residence());
    d.book.insert(QStringLiteral("mother.full_name"), motherName);
    d.book.insert(QStringLiteral("mother.birth_date"), yearOrDate(dayIn(born.year() - m_random.between(18, 38)), 60));
    d.book.insert(QStringLiteral("mother.ethnicity"),
                  m_random.percent(90) ? ethnicity : names().ethnicities.pick(m_random));
    d.book.insert(QStringLiteral("mother.nationality"), QStringLiteral("Việt Nam"));
    d.book.insert(QStringLiteral("mother.residence"), d.book.value(QStringLiteral("father.residence")));
    const QString relationship = names().relationshipsBirth.pick(m_random);
    QString declarant;
    if (relationship == QLatin1String("Cha")) {
        declarant = fatherName;
    } else if (relationship == QStringLiteral("Mẹ")) {
        declarant = motherName;
    } else {
        const bool declarantMale = relationship.startsWith(QStringLiteral("Ông"));
        declarant = fullName(declarantMale, declarantMale ? fatherSurname : QString());
    }
    d.book.insert(QStringLiteral("declarant.full_name"), declarant);
    d.book.insert(QStringLiteral("declarant.relationship"), relationship);
    d.book.insert(QStringLiteral("declarant.id_number"), cmnd());
    return d;
}

Draft EntryWriter::marriage(const QDate& registered) {
    Draft d;
    d.male = {{QStringLiteral("husband"), true}, {QStringLiteral("wife"), false}};
    for (const bool male : {true, false}) {
        const QString who = male ? QStringLiteral("husband") : QStringLiteral("wife");
        const int age = male ? m_random.between(21, 35) : m_random.between(19, 30);
        const QDate born = registered.addYears(-age).addDays(-m_random.between(0, 364));
        QDate issued = born.addYears(15).addDays(m_random.between(0, 3650));
        if (issued > registered.addDays(-30)) {
            issued = registered.addDays(-m_random.between(30, 400));
        }
        d.book.insert(who + QStringLiteral(".full_name"), fullName(male));
        d.book.insert(who + QStringLiteral(".birth_date"), dateText(born));
        d.book.insert(who + QStringLiteral(".ethnicity"), names().ethnicities.pick(m_random));
        d.book.insert(who + QStringLiteral(".nationality"), QStringLiteral("Việt Nam"));
        d.book.insert(who + QStringLiteral(".residence"), residence());
        d.book.insert(who + QStringLiteral(".id_number"), cmnd());
        d.book.insert(who + QStringLiteral(".id_issue_date"), dateText(issued));
        d.book.insert(who + QStringLiteral(".id_issue_place"), idIssuer(issued));
    }
    return d;
}

Draft EntryWriter::death(const QDate& registered) {
    Draft d;
    const bool male = m_random.percent(50);
    const QString surname = names().surnames.pick(m_random);
    const QDate died = registered.addDays(-m_random.between(0, 30));
    const QDate born = died.addYears(-m_random.between(40, 95)).addDays(-m_random.between(0, 364));
    d.book.insert(QStringLiteral("subject.full_name"), fullName(male, surname));
    d.book.insert(QStringLiteral("subject.birth_date"), yearOrDate(born, 40));
    d.book.insert(QStringLiteral("subject.sex"), male ? kMale : kFemale);
    d.book.insert(QStringLiteral("subject.ethnicity"), names().ethnicities.pick(m_random));
    d.book.insert(QStringLiteral("subject.nationality"), QStringLiteral("Việt Nam"));
    d.book.insert(QStringLiteral("subject.residence"), residence());
    d.book.insert(QStringLiteral("subject.id_number"), cmnd());
    d.book.insert(QStringLiteral("subject.death_date"), dateText(died));
    if (m_random.percent(70)) {
        d.book.insert(QStringLiteral("subject.death_time"), QStringLiteral("%1:%2")
                                                                .arg(m_random.between(0, 23), 2, 10, QLatin1Char('0'))
                                                                .arg(m_random.between(0, 59), 2, 10, QLatin1Char('0')));
    }
    d.book.insert(QStringLiteral("subject.death_place"), place(m_random.pick(names().deathPlaces), m_commune));
    d.book.insert(QStringLiteral("subject.death_cause"), m_random.pick(names().deathCauses));
    if (m_random.percent(70)) {
        d.book.insert(QStringLiteral("death_notice.number"), QStringLiteral("%1/GBT").arg(m_random.between(1, 200)));
        d.book.insert(QStringLiteral("death_notice.issuer"),
                      place(m_random.pick(names().deathNoticeIssuers), m_commune));
    }
    QString relationship = names().relationshipsDeath.pick(m_random);
    if ((relationship == QStringLiteral("Vợ") && !male) || (relationship == QStringLiteral("Chồng") && male)) {
        relationship = QStringLiteral("Con");
    }
    bool declarantMale = m_random.percent(50);
    if (relationship == QStringLiteral("Vợ")) {
        declarantMale = false;
    } else if (relationship == QStringLiteral("Chồng")) {
        declarantMale = true;
    }
    const bool sameFamily = male && relationship != QStringLiteral("Vợ") && relationship != QStringLiteral("Chồng");
    d.male = {{QStringLiteral("subject"), male}, {QStringLiteral("declarant"), declarantMale}};
    d.book.insert(QStringLiteral("declarant.full_name"), fullName(declarantMale, sameFamily ? surname : QString()));
    d.book.insert(QStringLiteral("declarant.relationship"), relationship);
    d.book.insert(QStringLiteral("declarant.id_number"), cmnd());
    return d;
}

} // namespace dc::core::training::synthetic
