// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoiChieu
import DoiChieu.Models

// The registration form Mẫu 01 at the hub (VolunteerForm, issue 14): a province account types one volunteer — the
// unit, then the fields of the form in its order. Leaving a field checks what is typed as core checks a row of a
// unit's list, and says what it found under the field (in red: saving is refused; in amber: a warning) with the
// person's eligibility. Tab moves through the fields, Enter registers (an ID number this or another unit registered
// already is refused), Esc goes back to the quota board without saving.
FocusScope {
    id: page

    objectName: "registrationPage"

    readonly property var answers: [{
            "text": qsTr("— not stated"),
            "value": ""
        }, {
            "text": qsTr("Yes"),
            "value": "có"
        }, {
            "text": qsTr("No"),
            "value": "không"
        }]
    readonly property var notes: form.notes
    readonly property var blocking: form.blocking

    function fieldValues(): var {
        const values = {};
        for (const f of page.fields())
            values[f.key] = f.value;
        return values;
    }
    function fields(): list<RegistrationField> {
        return [fullName, birthYear, sex, idNumber, idIssued, idPlace, phone, email, residence, position,
            preferredDistrict, preferredCommune, agreesDates, acceptsAssignment, inProvince, computer, ownTransport,
            strengths, unavailableDays];
    }
    function check(): void {
        form.check(unit.value, page.fieldValues());
    }
    function submit(): void {
        if (form.save(unit.value, page.fieldValues())) {
            for (const f of page.fields())
                f.reset();
            fullName.focusField();
            return;
        }
        const first = page.fields().find(f => f.key === form.firstProblem);
        if (first)
            first.focusField();
    }

    VolunteerForm {
        id: form
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.page
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        anchors.topMargin: 14
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: 6

            Label {
                objectName: "registrationTitle"
                Layout.fillWidth: true
                text: qsTr("Register a volunteer (form Mẫu 01)")
                font.pixelSize: Theme.titleSize
                font.bold: true
                elide: Text.ElideRight
            }
            KeyCap {
                text: "Enter"
            }
            ActionButton {
                objectName: "registerButton"
                primary: true
                enabled: form.canRegister
                text: qsTr("Register")
                onClicked: page.submit()
            }
            KeyCap {
                text: "Esc"
            }
            ActionButton {
                objectName: "registrationBack"
                text: qsTr("Quota board")
                onClicked: Navigator.open(Navigator.Volunteers)
            }
        }
        MessagePanel {
            objectName: "registrationMessage"
            Layout.fillWidth: true
            text: form.canRegister ? form.message
                                   : qsTr("Only a province account registers volunteers; a district account reads "
                                          + "the quota board.")
        }
        Label {
            objectName: "registrationConfirmation"
            Layout.fillWidth: true
            visible: text !== ""
            text: form.confirmation
            color: Theme.okText
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "registrationEligibility"
            Layout.fillWidth: true
            visible: text !== ""
            text: form.eligibility
            color: form.eligible ? Theme.okText : Theme.errorText
            wrapMode: Text.Wrap
        }

        FocusFlickable {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ColumnLayout {
                spacing: 0

                GridLayout {
                    Layout.fillWidth: true
                    columns: width > 900 ? 3 : 2
                    columnSpacing: Theme.spacing * 2
                    rowSpacing: 6

                    RegistrationField {
                        id: unit

                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        key: "unit"
                        label: qsTr("Unit")
                        choices: form.unitChoices
                        onSubmitted: page.submit()
                        onCheckRequested: page.check()
                    }
                    RegistrationField {
                        id: fullName

                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        key: "fullName"
                        label: qsTr("Full name")
                        note: page.notes.fullName ?? ""
                        blocking: page.blocking.fullName ?? false
                        onSubmitted: page.submit()
                        onCheckRequested: page.check()
                    }
                    RegistrationField {
                        id: birthYear

                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        key: "birthYear"
                        label: qsTr("Birth year")
                        placeholder: qsTr("e.g. 2001")
                        note: page.notes.birthYear ?? ""
                        blocking: page.blocking.birthYear ?? false
                        onSubmitted: page.submit()
                        onCheckRequested: page.check()
                    }
                    RegistrationField {
                        id: sex

                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        key: "sex"
                        label: qsTr("Sex")
                        choices: [{
                                "text": qsTr("— not stated"),
                                "value": ""
                            }, {
                                "text": qsTr("Male"),
                                "value": "nam"
                            }, {
                                "text": qsTr("Female"),
                                "value": "nữ"
                            }]
                        note: page.notes.sex ?? ""
                        blocking: page.blocking.sex ?? false
                        onSubmitted: page.submit()
                        onCheckRequested: page.check()
                    }
                    RegistrationField {
                        id: idNumber

                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        key: "idNumber"
                        label: qsTr("ID number (CMND/CCCD)")
                        note: page.notes.idNumber ?? ""
                        blocking: page.blocking.idNumber ?? false
                        onSubmitted: page.submit()
                        onCheckRequested: page.check()
                    }
                    RegistrationField {
                        id: idIssued

                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        key: "idIssued"
                        label: qsTr("Date of issue")
                        placeholder: qsTr("dd/mm/yyyy")
                        note: page.notes.idIssued ?? ""
                        blocking: page.blocking.idIssued ?? false
                        onSubmitted: page.submit()
                        onCheckRequested: page.check()
                    }
                    RegistrationField {
                        id: idPlace

                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        key: "idPlace"
                        label: qsTr("Place of issue")
                        note: page.notes.idPlace ?? ""
                        blocking: page.blocking.idPlace ?? false
                        onSubmitted: page.submit()
                        onCheckRequested: page.check()
                    }
                    RegistrationField {
                        id: phone

                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        key: "phone"
                        label: qsTr("Phone")
                        note: page.notes.phone ?? ""
                        blocking: page.blocking.phone ?? false
                        onSubmitted: page.submit()
                        onCheckRequested: page.check()
                    }
                    RegistrationField {
                        id: email

                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        key: "email"
                        label: qsTr("E-mail")
                        note: page.notes.email ?? ""
                        blocking: page.blocking.email ?? false
                        onSubmitted: page.submit()
                        onCheckRequested: page.check()
                    }
                    RegistrationField {
                        id: residence

                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        key: "residence"
                        label: qsTr("Current residence")
                        note: page.notes.residence ?? ""
                        blocking: page.blocking.residence ?? false
                        onSubmitted: page.submit()
                        onCheckRequested: page.check()
                    }
                    RegistrationField {
                        id: position

                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        key: "position"
                        label: qsTr("School or workplace, position")
                        note: page.notes.position ?? ""
                        blocking: page.blocking.position ?? false
                        onSubmitted: page.submit()
                        onCheckRequested: page.check()
                    }
                    RegistrationField {
                        id: preferredDistrict

                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        key: "preferredDistrict"
                        label: qsTr("Preferred district")
                        note: page.notes.preferredDistrict ?? ""
                        blocking: page.blocking.preferredDistrict ?? false
                        onSubmitted: page.submit()
                        onCheckRequested: page.check()
                    }
                    RegistrationField {
                        id: preferredCommune

                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        key: "preferredCommune"
                        label: qsTr("Preferred commune")
                        note: page.notes.preferredCommune ?? ""
                        blocking: page.blocking.preferredCommune ?? false
                        onSubmitted: page.submit()
                        onCheckRequested: page.check()
                    }
                    RegistrationField {
                        id: agreesDates

                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        key: "agreesDates"
                        label: qsTr("Agrees to work 01/12–31/12")
                        choices: page.answers
                        note: page.notes.agreesDates ?? ""
                        blocking: page.blocking.agreesDates ?? false
                        onSubmitted: page.submit()
                        onCheckRequested: page.check()
                    }
                    RegistrationField {
                        id: acceptsAssignment

                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        key: "acceptsAssignment"
                        label: qsTr("Accepts the office's assignment")
                        choices: page.answers
                        note: page.notes.acceptsAssignment ?? ""
                        blocking: page.blocking.acceptsAssignment ?? false
                        onSubmitted: page.submit()
                        onCheckRequested: page.check()
                    }
                    RegistrationField {
                        id: inProvince

                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        key: "inProvince"
                        label: qsTr("Studies or works in the province")
                        choices: page.answers
                        note: page.notes.inProvince ?? ""
                        blocking: page.blocking.inProvince ?? false
                        onSubmitted: page.submit()
                        onCheckRequested: page.check()
                    }
                    RegistrationField {
                        id: computer

                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        key: "computer"
                        label: qsTr("Uses a computer (basic Office)")
                        choices: page.answers
                        note: page.notes.computer ?? ""
                        blocking: page.blocking.computer ?? false
                        onSubmitted: page.submit()
                        onCheckRequested: page.check()
                    }
                    RegistrationField {
                        id: ownTransport

                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        key: "ownTransport"
                        label: qsTr("Has own transport")
                        choices: page.answers
                        note: page.notes.ownTransport ?? ""
                        blocking: page.blocking.ownTransport ?? false
                        onSubmitted: page.submit()
                        onCheckRequested: page.check()
                    }
                    RegistrationField {
                        id: strengths

                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        key: "strengths"
                        label: qsTr("Strengths")
                        note: page.notes.strengths ?? ""
                        blocking: page.blocking.strengths ?? false
                        onSubmitted: page.submit()
                        onCheckRequested: page.check()
                    }
                    RegistrationField {
                        id: unavailableDays

                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        key: "unavailableDays"
                        label: qsTr("Days unavailable in December")
                        placeholder: qsTr("e.g. 5, 6/12")
                        note: page.notes.unavailableDays ?? ""
                        blocking: page.blocking.unavailableDays ?? false
                        onSubmitted: page.submit()
                        onCheckRequested: page.check()
                    }
                }
                Item {
                    Layout.fillHeight: true
                }
            }
        }
    }

    Shortcut {
        sequence: "Esc"
        enabled: !unit.popupOpen && !page.fields().some(f => f.popupOpen)
        onActivated: Navigator.open(Navigator.Volunteers)
    }

    Component.onCompleted: unit.focusField()
}
