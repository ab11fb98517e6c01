"""Refresh the French translation of the window: lupdate, fill from FRENCH below, lrelease.

    .venv/bin/python scripts/translations.py

English is the source language. A string without a French entry stops the script (and the
test ``test_french_interface_is_complete`` fails), so the French interface stays complete.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUI = ROOT / "src" / "privacyguard" / "gui"
TS = GUI / "i18n" / "privacyguard_fr.ts"
BIN = Path(sys.executable).parent

FRENCH = {
    # Findings
    "Face": "Visage", "Barcode": "Code-barres", "Metadata": "Métadonnées", "Region drawn by hand": "Zone tracée à la main",
    "Name": "Nom", "Date": "Date", "Date of birth": "Date de naissance", "Age": "Âge", "Place": "Lieu", "Address": "Adresse",
    "Institution": "Établissement", "Phone": "Téléphone", "E-mail": "E-mail", "Social security number": "NIR (sécurité sociale)",
    "Record number": "N° de dossier", "IBAN": "IBAN", "Number plate": "Plaque d'immatriculation", "Web address": "Adresse web",
    "Account": "Compte", "Profession": "Profession", "Metadata (%1 fields)": "Métadonnées (%1 champ(s))",
    "Text in the photo": "Texte dans la photo", "Identifier": "Identifiant", "draft": "brouillon", "photo %1": "photo %1",
    "always removed (the copy is rebuilt from pixels)": "toujours supprimées (la copie est reconstruite à partir des pixels)",
    "will be removed": "sera supprimé", "kept": "conservé", "Why: %1": "Pourquoi : %1", "Details: %1": "Détails : %1",
    "Unreadable text": "Texte illisible",
    "A face: anyone who knows the person recognises it.": "Un visage : toute personne qui la connaît la reconnaît.",
    "Data hidden in the file (where and when the photo was taken, the device, a thumbnail): always removed.":
        "Données cachées dans le fichier (lieu et date de la prise de vue, appareil, vignette) : toujours supprimées.",
    "A barcode or QR code: it can hold a name or a record number.":
        "Un code-barres ou un QR code : il peut contenir un nom ou un numéro de dossier.",
    "A region you hid by hand.": "Une zone que vous avez masquée à la main.",
    "Text that cannot be read with confidence: destroyed to be safe (nobody can check it is harmless).":
        "Texte illisible : détruit par précaution (personne ne peut vérifier qu'il est sans danger).",
    "A field of a medical document (Nom, Né(e) le, IPP…): the whole line goes.":
        "Un champ de document médical (Nom, Né(e) le, IPP…) : toute la ligne est masquée.",
    "Found elsewhere in the post: removed everywhere it appears.":
        "Déjà trouvé ailleurs dans le message : supprimé partout où il apparaît.",
    "The first name or surname of a person.": "Le prénom ou le nom d'une personne.",
    "A precise date: with an age or a place, it can point at the patient.":
        "Une date précise : avec un âge ou un lieu, elle peut désigner le patient.",
    "An exact age: yours to decide (with a date or a place it narrows things down).":
        "Un âge exact : à vous de décider (avec une date ou un lieu, il restreint beaucoup).",
    "A place: a town, an address, a postcode.": "Un lieu : une ville, une adresse, un code postal.",
    "A named institution (hospital, school, club, employer).": "Un établissement nommé (hôpital, école, club, employeur).",
    "A phone number.": "Un numéro de téléphone.", "An e-mail address.": "Une adresse e-mail.",
    "A social security number.": "Un numéro de sécurité sociale.", "A record or patient number.": "Un numéro de dossier ou de patient.",
    "Bank details.": "Des coordonnées bancaires.", "A web link.": "Un lien web.",
    "A social media account of the patient or a relative.": "Un compte de réseau social du patient ou d'un proche.",
    "A number plate.": "Une plaque d'immatriculation.",
    "Something that can point at one person (a rare role, a bed or door number, a long number).":
        "Un élément qui peut désigner une seule personne (un rôle rare, un numéro de lit ou de porte, un long numéro).",
    "Text that can identify someone.": "Un texte qui peut identifier quelqu'un.",
    "high": "élevée", "medium": "moyenne", "low": "faible",
    # Batch dialog
    "Clean a folder": "Anonymiser un dossier", "Photos from": "Photos de", "Cleaned copies into": "Copies anonymisées dans",
    "Check only (write just the report)": "Vérifier seulement (écrire uniquement le rapport)",
    "The originals are never modified.": "Les originaux ne sont jamais modifiés.", "Start": "Démarrer", "Cancel": "Annuler",
    "Open the report": "Ouvrir le rapport", "Choose…": "Choisir…", "Choose a folder": "Choisir un dossier",
    "Loading the models in each worker…": "Chargement des modèles dans chaque processus…",
    "Stopping after the photos in progress…": "Arrêt après les photos en cours…",
    "%1 files: %2 cleaned, %3 to review, %4 unreadable%5.": "%1 fichier(s) : %2 anonymisé(s), %3 à vérifier, %4 illisible(s)%5.",
    " (cancelled)": " (annulé)",
    "No browser could open the report: it is %1": "Aucun navigateur n'a pu ouvrir le rapport : il est ici %1",
    "about %1 min left": "encore %1 min environ", "photos/min": "photos/min",
    # Main window
    "Actions": "Actions", "Open photos…": "Ouvrir…", "Paste image": "Coller une image", "Clean a folder…": "Dossier…",
    "Undo": "Annuler", "Settings…": "Réglages…", "Loading the models…": "Chargement des modèles…", "Draft": "Brouillon",
    "Write or paste the post here, e.g. “#DocTocToc 3 ans, éruption depuis ce matin…”":
        "Écrivez ou collez le message ici, par ex. « #DocTocToc 3 ans, éruption depuis ce matin… »",
    "Check": "Vérifier",
    "Drop photos here (up to 4), or use “Open photos…” or “Paste image”.\nDrop a folder to clean all its photos.":
        "Déposez les photos ici (jusqu'à 4), ou « Ouvrir… » ou « Coller une image ».\n"
        "Déposez un dossier pour anonymiser toutes ses photos.",
    "Show the cleaned copy": "Voir la copie anonymisée", "Remove photo": "Retirer la photo",
    "Space: keep / remove · drag on the photo: hide a region · Ctrl+Z: undo":
        "Espace : garder / supprimer · glisser sur la photo : masquer une zone · Ctrl+Z : annuler",
    "To review": "À vérifier", "Clean everything": "Tout anonymiser", "Copy text": "Copier le texte",
    "Copy photo": "Copier la photo", "Save copies…": "Enregistrer…", "Open photos": "Ouvrir des photos", "Images": "Images",
    "Only %1 photos per post: these were not added:": "%1 photos au plus par message : celles-ci n'ont pas été ajoutées :",
    "The clipboard holds no image.": "Le presse-papiers ne contient pas d'image.", "Cleaned text copied.": "Texte anonymisé copié.",
    "Cleaned photo %1 copied.": "Photo %1 anonymisée copiée.", "Save the cleaned copies in": "Enregistrer les copies anonymisées dans",
    "%1 file(s) saved in %2": "%1 fichier(s) enregistré(s) dans %2", "faces": "visages", "text in photos": "texte des photos",
    "codes": "codes", "Checks:": "Détecteurs :", "Checking…": "Vérification…", "Stop": "Arrêter",
    "These photos cannot be read and were not checked:": "Ces photos sont illisibles et n'ont pas été vérifiées :",
    "Cleaning and verifying…": "Anonymisation et contrôle…",
    "privacyguard": "privacyguard", "The draft has changed: check it again.": "Le brouillon a changé : vérifiez-le à nouveau.",
    "Cleaned text:": "Texte anonymisé :", "Add photos or write the draft, then “Check”.":
        "Ajoutez des photos ou écrivez le brouillon, puis « Vérifier ».",
    "Ready. Write the draft and add photos.": "Prêt. Écrivez le brouillon et ajoutez des photos.",
    "Nothing to check.": "Rien à vérifier.",
    "Nothing identifying found, and every check ran.": "Rien d'identifiant trouvé, et tous les contrôles ont tourné.",
    "⚠ %1 identifying item(s) to remove, %2 to decide. Click “Clean everything”.":
        "⚠ %1 élément(s) identifiant(s) à supprimer, %2 à décider. Cliquez sur « Tout anonymiser ».",
    "✓ Ready to publish: everything chosen was removed and the re-check found nothing.":
        "✓ Prêt à publier : tout ce qui était choisi a été supprimé et le nouveau contrôle n'a rien trouvé.",
    "✗ Not ready: the re-check still finds something or could not run. See the list.":
        "✗ Pas prêt : le nouveau contrôle trouve encore quelque chose ou n'a pas pu tourner. Voir la liste.",
    "✗ Not verified: %1": "✗ Non vérifié : %1", "✗ Unreadable photo: %1": "✗ Photo illisible : %1",
    "%1 metadata field(s): never copied": "%1 champ(s) de métadonnées : jamais copiés",
    "I confirm: publish what I kept": "Je confirme : publier ce que j'ai gardé",
    "Re-identification risk of what stays: %1.": "Risque de ré-identification de ce qui reste : %1.",
    "moderate": "moyen", "serious": "élevé",
    "(Faces were looked for by one detector only: the other has no version for this computer.)":
        "(Visages cherchés par un seul détecteur : l'autre n'existe pas pour cet ordinateur.)",
    "⚠ Verified, but you kept: %1. Confirm before copying or saving.":
        "⚠ Vérifié, mais conservé à votre demande : %1. Confirmez avant de copier ou d'enregistrer.",
    "%1 face(s)": "%1 visage(s)", "%1 name(s)": "%1 nom(s)", "%1 other identifier(s)": "%1 autre(s) identifiant(s)",
    "Click “Clean everything” first: only a cleaned and verified post can be copied or saved.":
        "Cliquez d'abord sur « Tout anonymiser » : seul un message anonymisé et vérifié peut être copié ou enregistré.",
    "You kept something identifying: confirm it first.": "Vous avez gardé un élément identifiant : confirmez d'abord.",
    "The re-check did not verify the cleaned post: nothing can be copied or saved.":
        "Le nouveau contrôle n'a pas vérifié le message anonymisé : rien ne peut être copié ni enregistré.",
    # Settings
    "Settings": "Réglages", "Solid fill": "Aplat opaque", "Destroying blur": "Flou destructif", "Standard": "Standard",
    "Paranoid (slower, smaller faces)": "Paranoïaque (plus lent, petits visages)", "[NOM], [DATE]…": "[NOM], [DATE]…",
    "Soft (initials, “récemment”, age ranges)": "Doux (initiales, « récemment », tranches d'âge)", "System": "Système",
    "Faces and regions": "Visages et zones", "Face detection": "Détection des visages", "Text replacements": "Remplacements dans le texte",
    "Always flag (one per line)": "Toujours signaler (un par ligne)", "Never flag (one per line)": "Ne jamais signaler (un par ligne)",
    "Language (after a restart)": "Langue (au prochain démarrage)",
    "Keep a journal of my checks on this computer (counts only, never a name)":
        "Tenir un journal de mes vérifications sur cet ordinateur (des nombres, jamais un nom)",
    "Journal": "Journal",
    # The photo checklist
    "Also visible in this photo? Click what is there:": "Visible aussi sur cette photo ? Cliquez ce qui s'y trouve :",
    "Checked: nothing else": "Vérifiée : rien d'autre", "✓ Checked": "✓ Vérifiée", "Tattoo": "Tatouage", "Jewellery": "Bijou",
    "Scar, birthmark": "Cicatrice, tache", "Hair, clothing": "Cheveux, vêtements", "Room, window view": "Pièce, vue par la fenêtre",
    "Reflection (glasses, mirror)": "Reflet (lunettes, miroir)", "Document, screen": "Document, écran",
    "Text was read in this photo: a document or a screen may show.": "Du texte a été lu sur cette photo : un document ou un écran peut s'y voir.",
    "A face touches the edge: someone is only partly in the frame.": "Un visage touche le bord : une personne n'est qu'en partie dans le cadre.",
    "%1 distinctive mark(s) not hidden": "%1 signe(s) distinctif(s) non masqué(s)",
    "⚠ Verified. Last step: look at photo %1 for what no detector sees, and answer under the photo.":
        "⚠ Vérifié. Dernière étape : regardez la photo %1 pour ce qu'aucun détecteur ne voit, et répondez sous la photo.",
    "Answer the checklist under each photo first.": "Répondez d'abord aux questions sous chaque photo.",
    # The risk's rewrite
    "Apply the advice: %1": "Appliquer le conseil : %1",
    # The journal
    "Journal…": "Journal…", "Journal of my checks": "Journal de mes vérifications",
    "Kept on this computer only, never sent: counts by kind, the risk, the checklist's answers and the fingerprint (sha256) of each "
    "cleaned copy. Never a name, a date, a place or a file name.":
        "Gardé sur cet ordinateur seulement, jamais envoyé : des nombres par type, le risque, les réponses aux questions sur les photos "
        "et l'empreinte (sha256) de chaque copie anonymisée. Jamais un nom, une date, un lieu ou un nom de fichier.",
    "What": "Quoi", "Photos": "Photos", "Found": "Trouvés", "Kept": "Conservés", "Risk": "Risque", "Checklist": "Questions photo",
    "Verified": "Vérifié", "Export as CSV…": "Exporter en CSV…", "Delete the journal…": "Supprimer le journal…", "Close": "Fermer",
    "checked": "vérifié", "cleaned": "anonymisé", "copied or saved": "copié ou enregistré", "yes": "oui", "no": "non",
    # Why a file could not be read or written (the core's English reasons, by family: gui/messages.py)
    "the file is empty": "le fichier est vide",
    "not a photo privacyguard can read (JPEG, PNG, WebP, TIFF, BMP, GIF, HEIC)":
        "ce n'est pas une photo que privacyguard sait lire (JPEG, PNG, WebP, TIFF, BMP, GIF, HEIC)",
    "damaged photo: it looks like a %1 file but cannot be opened": "photo abîmée : elle ressemble à un fichier %1 mais ne s'ouvre pas",
    "damaged photo: its beginning cannot be read": "photo abîmée : son début est illisible",
    "damaged or incomplete photo (a copy or a transfer cut short?)": "photo abîmée ou incomplète (copie ou transfert interrompu ?)",
    "damaged animation: some of its images cannot be read, so they cannot be checked":
        "animation abîmée : certaines de ses images sont illisibles et ne peuvent donc pas être vérifiées",
    "the photo is too large to check (too many pixels)": "la photo est trop grande pour être vérifiée (trop de pixels)",
    "the file is %1 MB, over the %2 MB limit": "le fichier fait %1 Mo, au-delà de la limite de %2 Mo",
    "%1 images are not supported": "les images %1 ne sont pas prises en charge",
    "HEIC photos cannot be read on this computer (pillow-heif is missing)":
        "les photos HEIC ne peuvent pas être lues sur cet ordinateur (pillow-heif manque)",
    "this is a folder, not a photo": "c'est un dossier, pas une photo",
    "this is a special file, not a photo": "c'est un fichier spécial, pas une photo",
    "the file is no longer there": "le fichier n'existe plus", "you are not allowed to read this file": "vous n'avez pas le droit de lire ce fichier",
    "the file cannot be read": "le fichier ne peut pas être lu",
    "an original would have been overwritten: nothing was written": "un original aurait été écrasé : rien n'a été écrit",
    "the file cannot be written (disk full, or a read-only folder?)":
        "le fichier ne peut pas être écrit (disque plein, ou dossier en lecture seule ?)",
    "a file with this name is already there and was kept": "un fichier de ce nom existe déjà et a été conservé",
    "the journal cannot be written (disk full, or a read-only folder?)":
        "le journal ne peut pas être écrit (disque plein, ou dossier en lecture seule ?)",
    "the text reader is missing: text in photos was not checked": "le lecteur de texte manque : le texte des photos n'a pas été vérifié",
    "the detector could not process this photo": "le détecteur n'a pas pu traiter cette photo",
    "this check could not run": "cette vérification n'a pas pu se faire",
    # Hand-over
    "Copy all": "Tout copier", "Copy next: photo %1": "Copier ensuite : photo %1",
    "Paste it, then click “%1” for the next one (%2 left).": "Collez-le, puis cliquez « %1 » pour la suite (encore %2).",
    "That was the last one.": "C'était le dernier.",
    # Zoom
    "Zoom out (-)": "Dézoomer (-)", "Fit": "Ajuster", "The whole photo (0)": "Toute la photo (0)", "Actual pixels (1)": "Taille réelle (1)",
    "Zoom in (+, or the wheel; the middle button or Shift pans)": "Zoomer (+, ou la molette ; le bouton du milieu ou Maj déplace)",
    "Export the journal": "Exporter le journal", "Delete the whole journal? This cannot be undone.":
        "Supprimer tout le journal ? C'est définitif.",
}


def main() -> int:
    sources = sorted(str(p) for p in GUI.glob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), "-tr-function-alias", "translate+=T", *sources, "-ts", str(TS), "-no-obsolete"],
                   check=True, capture_output=True)
    tree = ET.parse(TS)
    tree.getroot().set("language", "fr_FR")
    missing = []
    for m in tree.iter("message"):
        source = m.findtext("source") or ""
        t = m.find("translation")
        assert t is not None
        if source not in FRENCH:
            missing.append(source)
            continue
        t.text = FRENCH[source]
        t.attrib.pop("type", None)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    if missing:
        print("no French for:", *missing, sep="\n  ", file=sys.stderr)
        return 1
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True, capture_output=True)
    print(f"{TS.name}: {sum(1 for _ in tree.iter('message'))} strings, all translated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
