// Import results in words for staff, English and German. The detail (file,
// value) stays in English: it quotes the pack and is for whoever builds it.
#include "content/pack/importer.h"

namespace content {

const char* importErrorCode(ImportError error) {
    switch (error) {
        case ImportError::None: return "ok";
        case ImportError::CannotRead: return "cannot-read";
        case ImportError::NotAPack: return "not-a-pack";
        case ImportError::NoSignature: return "no-signature";
        case ImportError::UnknownKey: return "unknown-key";
        case ImportError::BadSignature: return "bad-signature";
        case ImportError::UnknownFormat: return "unknown-format";
        case ImportError::UnlistedFile: return "unlisted-file";
        case ImportError::MissingFile: return "missing-file";
        case ImportError::FileChanged: return "file-changed";
        case ImportError::UnsafePath: return "unsafe-path";
        case ImportError::TooLarge: return "too-large";
        case ImportError::SequenceNotNewer: return "sequence-not-newer";
        case ImportError::Expired: return "expired";
        case ImportError::BadImage: return "bad-image";
        case ImportError::BadText: return "bad-text";
        case ImportError::BadContent: return "bad-content";
        case ImportError::BrokenReference: return "broken-reference";
        case ImportError::DiskFull: return "disk-full";
        case ImportError::ReadOnly: return "read-only";
        case ImportError::DatabaseFailed: return "database-failed";
        case ImportError::Cancelled: return "cancelled";
        case ImportError::OutOfMemory: return "out-of-memory";
        case ImportError::ImportCrashed: return "import-crashed";
    }
    return "unknown";
}

namespace {

struct Sentence {
    const char* en;
    const char* de;
};

Sentence sentenceFor(ImportError error) {
    switch (error) {
        case ImportError::None: return {"The new content is live.", "Die neuen Inhalte sind jetzt sichtbar."};
        case ImportError::CannotRead:
            return {"The pack file could not be read. Was the USB stick removed? Please try again.",
                    "Die Paket-Datei konnte nicht gelesen werden. Wurde der USB-Stick abgezogen? Bitte noch einmal versuchen."};
        case ImportError::NotAPack:
            return {"This file is not a content pack, or it is damaged. Please copy the pack again.",
                    "Diese Datei ist kein Inhaltspaket oder sie ist beschädigt. Bitte das Paket neu kopieren."};
        case ImportError::NoSignature:
            return {"The pack is not signed. Build it with 'kiosk-pack build' and your signing key.",
                    "Das Paket ist nicht signiert. Bitte mit 'kiosk-pack build' und Ihrem Signaturschlüssel erstellen."};
        case ImportError::UnknownKey:
            return {"The pack is not signed by a key this kiosk trusts.",
                    "Das Paket ist nicht mit einem Schlüssel signiert, dem dieser Kiosk vertraut."};
        case ImportError::BadSignature:
            return {"The pack's signature does not match: the pack was changed after it was signed.",
                    "Die Signatur des Pakets stimmt nicht: Das Paket wurde nach dem Signieren verändert."};
        case ImportError::UnknownFormat:
            return {"The pack was made for a different version of the kiosk software.",
                    "Das Paket wurde für eine andere Version der Kiosk-Software erstellt."};
        case ImportError::UnlistedFile:
            return {"The pack contains a file that was added after it was signed.",
                    "Das Paket enthält eine Datei, die nach dem Signieren hinzugefügt wurde."};
        case ImportError::MissingFile:
            return {"A file of the pack is missing.", "Eine Datei des Pakets fehlt."};
        case ImportError::FileChanged:
            return {"A file of the pack was changed after it was signed.",
                    "Eine Datei des Pakets wurde nach dem Signieren verändert."};
        case ImportError::UnsafePath:
            return {"The pack contains a file name that is not allowed (a link or a path outside the pack).",
                    "Das Paket enthält einen unzulässigen Dateinamen (eine Verknüpfung oder einen Pfad außerhalb des Pakets)."};
        case ImportError::TooLarge:
            return {"The pack is larger than a kiosk accepts (too many bytes, records or dates), or a file in it "
                    "unpacks to far more than it should.",
                    "Das Paket ist größer, als ein Kiosk annimmt (zu viele Bytes, Einträge oder Termine), oder eine Datei "
                    "darin entpackt sich zu viel mehr, als sie sollte."};
        case ImportError::SequenceNotNewer:
            return {"This pack is not newer than the content the kiosk already shows.",
                    "Dieses Paket ist nicht neuer als die Inhalte, die der Kiosk schon zeigt."};
        case ImportError::Expired:
            return {"The pack has expired. Please build a new one.",
                    "Das Paket ist abgelaufen. Bitte ein neues erstellen."};
        case ImportError::BadImage:
            return {"A picture in the pack is damaged or too large (at most 4096 x 4096 pixels).",
                    "Ein Bild im Paket ist beschädigt oder zu groß (höchstens 4096 x 4096 Pixel)."};
        case ImportError::BadText:
            return {"A text in the pack contains characters that are not allowed or is too long.",
                    "Ein Text im Paket enthält unzulässige Zeichen oder ist zu lang."};
        case ImportError::BadContent:
            return {"The content of the pack does not follow the rules.",
                    "Der Inhalt des Pakets hält sich nicht an die Regeln."};
        case ImportError::BrokenReference:
            return {"Something in the pack points at something that is not there.",
                    "Etwas im Paket verweist auf etwas, das nicht vorhanden ist."};
        case ImportError::DiskFull:
            return {"The kiosk could not store the new content (is its disk full?).",
                    "Der Kiosk konnte die neuen Inhalte nicht speichern (ist der Speicher voll?)."};
        case ImportError::ReadOnly:
            return {"The kiosk may not write into its data folder (it is read-only or belongs to someone else). "
                    "Ask whoever set up the kiosk to make it writable.",
                    "Der Kiosk darf nicht in seinen Datenordner schreiben (er ist schreibgeschützt oder gehört jemand anderem). "
                    "Bitte die Person fragen, die den Kiosk eingerichtet hat."};
        case ImportError::DatabaseFailed:
            return {"The kiosk could not build its database from the pack.",
                    "Der Kiosk konnte seine Datenbank nicht aus dem Paket aufbauen."};
        case ImportError::Cancelled:
            return {"The import was stopped before it finished.", "Der Import wurde vor dem Ende abgebrochen."};
        case ImportError::OutOfMemory:
            return {"The pack needs more memory than this kiosk allows for an import. The content shown before stays. "
                    "Split the content into smaller packs or use fewer and smaller pictures.",
                    "Das Paket braucht mehr Arbeitsspeicher, als dieser Kiosk für einen Import erlaubt. Die bisherigen "
                    "Inhalte bleiben. Bitte die Inhalte auf kleinere Pakete aufteilen oder weniger und kleinere Bilder verwenden."};
        case ImportError::ImportCrashed:
            return {"The import stopped unexpectedly; the content shown before stays. Please offer the pack again; "
                    "if this happens again, the pack may need more memory than this kiosk allows.",
                    "Der Import brach unerwartet ab; die bisherigen Inhalte bleiben. Bitte das Paket noch einmal anbieten; "
                    "passiert es wieder, braucht das Paket vielleicht mehr Arbeitsspeicher, als dieser Kiosk erlaubt."};
    }
    return {"The pack was refused.", "Das Paket wurde abgelehnt."};
}

}  // namespace

std::string describeImport(const ImportResult& result, const std::string& lang) {
    const bool german = lang == "de" || lang == "de-x-easy";
    Sentence sentence = sentenceFor(result.error);
    std::string text = german ? sentence.de : sentence.en;
    if (result.ok()) {
        std::string pack = "'" + result.packId + "' (" + std::to_string(result.sequence) + ")";
        std::string counts = std::to_string(result.organisations) + (german ? " Organisationen, " : " organisations, ") +
                             std::to_string(result.events) + (german ? " Termine, " : " events, ") +
                             std::to_string(result.guides) + (german ? " Anleitungen." : " guides.");
        return (german ? "Paket " : "Pack ") + pack + ": " + text + " " + counts;
    }
    if (result.error == ImportError::UnknownKey && !result.signerKeyId.empty()) {
        text.pop_back();  // the period, so the key id reads as part of the sentence
        text += (german ? " (Schlüssel-ID " : " (key id ") + result.signerKeyId + ").";
    }
    if (!result.detail.empty()) text += (german ? " Einzelheiten: " : " Details: ") + result.detail;
    return text;
}

}  // namespace content
