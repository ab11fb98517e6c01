<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../batch_dialog.py" line="24" />
        <source>Clean a folder</source>
        <translation>Anonymiser un dossier</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="35" />
        <source>Photos from</source>
        <translation>Photos de</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="36" />
        <source>Cleaned copies into</source>
        <translation>Copies anonymisées dans</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="37" />
        <source>Check only (write just the report)</source>
        <translation>Vérifier seulement (écrire uniquement le rapport)</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="40" />
        <source>The originals are never modified.</source>
        <translation>Les originaux ne sont jamais modifiés.</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="45" />
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="47" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="49" />
        <source>Open the report</source>
        <translation>Ouvrir le rapport</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="63" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="64" />
        <source>Choose a folder</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="81" />
        <source>Loading the models in each worker…</source>
        <translation>Chargement des modèles dans chaque processus…</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="88" />
        <source>about %1 min left</source>
        <translation>encore %1 min environ</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="89" />
        <source>photos/min</source>
        <translation>photos/min</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="96" />
        <source>Stopping after the photos in progress…</source>
        <translation>Arrêt après les photos en cours…</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="104" />
        <source>%1 files: %2 cleaned, %3 to review, %4 unreadable%5.</source>
        <translation>%1 fichier(s) : %2 anonymisé(s), %3 à vérifier, %4 illisible(s)%5.</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="106" />
        <source> (cancelled)</source>
        <translation> (annulé)</translation>
    </message>
    <message>
        <location filename="../batch_dialog.py" line="113" />
        <source>No browser could open the report: it is %1</source>
        <translation>Aucun navigateur n'a pu ouvrir le rapport : il est ici %1</translation>
    </message>
</context>
<context>
    <name>ChecklistBar</name>
    <message>
        <location filename="../panels.py" line="299" />
        <source>Also visible in this photo? Click what is there:</source>
        <translation>Visible aussi sur cette photo ? Cliquez ce qui s'y trouve :</translation>
    </message>
    <message>
        <location filename="../panels.py" line="301" />
        <location filename="../panels.py" line="329" />
        <source>Checked: nothing else</source>
        <translation>Vérifiée : rien d'autre</translation>
    </message>
    <message>
        <location filename="../panels.py" line="304" />
        <source>Tattoo</source>
        <translation>Tatouage</translation>
    </message>
    <message>
        <location filename="../panels.py" line="304" />
        <source>Jewellery</source>
        <translation>Bijou</translation>
    </message>
    <message>
        <location filename="../panels.py" line="304" />
        <source>Scar, birthmark</source>
        <translation>Cicatrice, tache</translation>
    </message>
    <message>
        <location filename="../panels.py" line="305" />
        <source>Hair, clothing</source>
        <translation>Cheveux, vêtements</translation>
    </message>
    <message>
        <location filename="../panels.py" line="305" />
        <source>Room, window view</source>
        <translation>Pièce, vue par la fenêtre</translation>
    </message>
    <message>
        <location filename="../panels.py" line="306" />
        <source>Reflection (glasses, mirror)</source>
        <translation>Reflet (lunettes, miroir)</translation>
    </message>
    <message>
        <location filename="../panels.py" line="306" />
        <source>Document, screen</source>
        <translation>Document, écran</translation>
    </message>
    <message>
        <location filename="../panels.py" line="317" />
        <source>Text was read in this photo: a document or a screen may show.</source>
        <translation>Du texte a été lu sur cette photo : un document ou un écran peut s'y voir.</translation>
    </message>
    <message>
        <location filename="../panels.py" line="318" />
        <source>A face touches the edge: someone is only partly in the frame.</source>
        <translation>Un visage touche le bord : une personne n'est qu'en partie dans le cadre.</translation>
    </message>
    <message>
        <location filename="../panels.py" line="329" />
        <source>✓ Checked</source>
        <translation>✓ Vérifiée</translation>
    </message>
</context>
<context>
    <name>ChecksLabel</name>
    <message>
        <location filename="../panels.py" line="133" />
        <source>Loading the models…</source>
        <translation>Chargement des modèles…</translation>
    </message>
    <message>
        <location filename="../panels.py" line="136" />
        <source>faces</source>
        <translation>visages</translation>
    </message>
    <message>
        <location filename="../panels.py" line="136" />
        <source>text in photos</source>
        <translation>texte des photos</translation>
    </message>
    <message>
        <location filename="../panels.py" line="136" />
        <source>codes</source>
        <translation>codes</translation>
    </message>
    <message>
        <location filename="../panels.py" line="137" />
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location filename="../panels.py" line="139" />
        <source>Checks:</source>
        <translation>Détecteurs :</translation>
    </message>
</context>
<context>
    <name>DraftPanel</name>
    <message>
        <location filename="../panels.py" line="53" />
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../panels.py" line="56" />
        <source>Write or paste the post here, e.g. “#DocTocToc 3 ans, éruption depuis ce matin…”</source>
        <translation>Écrivez ou collez le message ici, par ex. « #DocTocToc 3 ans, éruption depuis ce matin… »</translation>
    </message>
    <message>
        <location filename="../panels.py" line="72" />
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../panels.py" line="82" />
        <source>Apply the advice: %1</source>
        <translation>Appliquer le conseil : %1</translation>
    </message>
    <message>
        <location filename="../panels.py" line="90" />
        <source>Cleaned text:</source>
        <translation>Texte anonymisé :</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../messages.py" line="18" />
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../messages.py" line="19" />
        <source>not a photo privacyguard can read (JPEG, PNG, WebP, TIFF, BMP, GIF, HEIC)</source>
        <translation>ce n'est pas une photo que privacyguard sait lire (JPEG, PNG, WebP, TIFF, BMP, GIF, HEIC)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="20" />
        <source>damaged photo: it looks like a %1 file but cannot be opened</source>
        <translation>photo abîmée : elle ressemble à un fichier %1 mais ne s'ouvre pas</translation>
    </message>
    <message>
        <location filename="../messages.py" line="21" />
        <source>damaged photo: its beginning cannot be read</source>
        <translation>photo abîmée : son début est illisible</translation>
    </message>
    <message>
        <location filename="../messages.py" line="22" />
        <source>damaged or incomplete photo (a copy or a transfer cut short?)</source>
        <translation>photo abîmée ou incomplète (copie ou transfert interrompu ?)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="23" />
        <source>damaged animation: some of its images cannot be read, so they cannot be checked</source>
        <translation>animation abîmée : certaines de ses images sont illisibles et ne peuvent donc pas être vérifiées</translation>
    </message>
    <message>
        <location filename="../messages.py" line="24" />
        <source>the photo is too large to check (too many pixels)</source>
        <translation>la photo est trop grande pour être vérifiée (trop de pixels)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="25" />
        <source>the file is %1 MB, over the %2 MB limit</source>
        <translation>le fichier fait %1 Mo, au-delà de la limite de %2 Mo</translation>
    </message>
    <message>
        <location filename="../messages.py" line="26" />
        <source>%1 images are not supported</source>
        <translation>les images %1 ne sont pas prises en charge</translation>
    </message>
    <message>
        <location filename="../messages.py" line="27" />
        <source>HEIC photos cannot be read on this computer (pillow-heif is missing)</source>
        <translation>les photos HEIC ne peuvent pas être lues sur cet ordinateur (pillow-heif manque)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="28" />
        <source>this is a folder, not a photo</source>
        <translation>c'est un dossier, pas une photo</translation>
    </message>
    <message>
        <location filename="../messages.py" line="29" />
        <source>this is a special file, not a photo</source>
        <translation>c'est un fichier spécial, pas une photo</translation>
    </message>
    <message>
        <location filename="../messages.py" line="30" />
        <source>the file is no longer there</source>
        <translation>le fichier n'existe plus</translation>
    </message>
    <message>
        <location filename="../messages.py" line="31" />
        <source>you are not allowed to read this file</source>
        <translation>vous n'avez pas le droit de lire ce fichier</translation>
    </message>
    <message>
        <location filename="../messages.py" line="32" />
        <source>the file cannot be read</source>
        <translation>le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../messages.py" line="33" />
        <source>an original would have been overwritten: nothing was written</source>
        <translation>un original aurait été écrasé : rien n'a été écrit</translation>
    </message>
    <message>
        <location filename="../messages.py" line="34" />
        <source>the file cannot be written (disk full, or a read-only folder?)</source>
        <translation>le fichier ne peut pas être écrit (disque plein, ou dossier en lecture seule ?)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="35" />
        <source>a file with this name is already there and was kept</source>
        <translation>un fichier de ce nom existe déjà et a été conservé</translation>
    </message>
    <message>
        <location filename="../messages.py" line="36" />
        <source>the journal cannot be written (disk full, or a read-only folder?)</source>
        <translation>le journal ne peut pas être écrit (disque plein, ou dossier en lecture seule ?)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="37" />
        <source>the text reader is missing: text in photos was not checked</source>
        <translation>le lecteur de texte manque : le texte des photos n'a pas été vérifié</translation>
    </message>
    <message>
        <location filename="../messages.py" line="38" />
        <source>the detector could not process this photo</source>
        <translation>le détecteur n'a pas pu traiter cette photo</translation>
    </message>
    <message>
        <location filename="../messages.py" line="39" />
        <source>this check could not run</source>
        <translation>cette vérification n'a pas pu se faire</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../findings_model.py" line="23" />
        <source>Face</source>
        <translation>Visage</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="23" />
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="24" />
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="24" />
        <source>Region drawn by hand</source>
        <translation>Zone tracée à la main</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="25" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="25" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="25" />
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="26" />
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="26" />
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="26" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="27" />
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="27" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="27" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="28" />
        <source>Social security number</source>
        <translation>NIR (sécurité sociale)</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="28" />
        <source>Record number</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="29" />
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="29" />
        <source>Number plate</source>
        <translation>Plaque d'immatriculation</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="29" />
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="30" />
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="30" />
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="38" />
        <source>Metadata (%1 fields)</source>
        <translation>Métadonnées (%1 champ(s))</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="40" />
        <source>Unreadable text</source>
        <translation>Texte illisible</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="42" />
        <source>Text in the photo</source>
        <translation>Texte dans la photo</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="30" />
        <location filename="../findings_model.py" line="42" />
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="50" />
        <source>A face: anyone who knows the person recognises it.</source>
        <translation>Un visage : toute personne qui la connaît la reconnaît.</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="52" />
        <source>Data hidden in the file (where and when the photo was taken, the device, a thumbnail): always removed.</source>
        <translation>Données cachées dans le fichier (lieu et date de la prise de vue, appareil, vignette) : toujours supprimées.</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="54" />
        <source>A barcode or QR code: it can hold a name or a record number.</source>
        <translation>Un code-barres ou un QR code : il peut contenir un nom ou un numéro de dossier.</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="56" />
        <source>A region you hid by hand.</source>
        <translation>Une zone que vous avez masquée à la main.</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="58" />
        <source>Text that cannot be read with confidence: destroyed to be safe (nobody can check it is harmless).</source>
        <translation>Texte illisible : détruit par précaution (personne ne peut vérifier qu'il est sans danger).</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="60" />
        <source>A field of a medical document (Nom, Né(e) le, IPP…): the whole line goes.</source>
        <translation>Un champ de document médical (Nom, Né(e) le, IPP…) : toute la ligne est masquée.</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="62" />
        <source>Found elsewhere in the post: removed everywhere it appears.</source>
        <translation>Déjà trouvé ailleurs dans le message : supprimé partout où il apparaît.</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="64" />
        <source>The first name or surname of a person.</source>
        <translation>Le prénom ou le nom d'une personne.</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="65" />
        <source>A precise date: with an age or a place, it can point at the patient.</source>
        <translation>Une date précise : avec un âge ou un lieu, elle peut désigner le patient.</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="66" />
        <source>An exact age: yours to decide (with a date or a place it narrows things down).</source>
        <translation>Un âge exact : à vous de décider (avec une date ou un lieu, il restreint beaucoup).</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="67" />
        <source>A place: a town, an address, a postcode.</source>
        <translation>Un lieu : une ville, une adresse, un code postal.</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="68" />
        <source>A named institution (hospital, school, club, employer).</source>
        <translation>Un établissement nommé (hôpital, école, club, employeur).</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="69" />
        <source>A phone number.</source>
        <translation>Un numéro de téléphone.</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="69" />
        <source>An e-mail address.</source>
        <translation>Une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="70" />
        <source>A social security number.</source>
        <translation>Un numéro de sécurité sociale.</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="70" />
        <source>A record or patient number.</source>
        <translation>Un numéro de dossier ou de patient.</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="71" />
        <source>Bank details.</source>
        <translation>Des coordonnées bancaires.</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="71" />
        <source>A web link.</source>
        <translation>Un lien web.</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="72" />
        <source>A social media account of the patient or a relative.</source>
        <translation>Un compte de réseau social du patient ou d'un proche.</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="73" />
        <source>A number plate.</source>
        <translation>Une plaque d'immatriculation.</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="74" />
        <source>Something that can point at one person (a rare role, a bed or door number, a long number).</source>
        <translation>Un élément qui peut désigner une seule personne (un rôle rare, un numéro de lit ou de porte, un long numéro).</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="76" />
        <source>Text that can identify someone.</source>
        <translation>Un texte qui peut identifier quelqu'un.</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="80" />
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="80" />
        <source>photo %1</source>
        <translation>photo %1</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="135" />
        <source>always removed (the copy is rebuilt from pixels)</source>
        <translation>toujours supprimées (la copie est reconstruite à partir des pixels)</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="136" />
        <source>will be removed</source>
        <translation>sera supprimé</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="136" />
        <source>kept</source>
        <translation>conservé</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="139" />
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="139" />
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="139" />
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="140" />
        <source>Why: %1</source>
        <translation>Pourquoi : %1</translation>
    </message>
    <message>
        <location filename="../findings_model.py" line="141" />
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../panels.py" line="116" />
        <source>Space: keep / remove · drag on the photo: hide a region · Ctrl+Z: undo</source>
        <translation>Espace : garder / supprimer · glisser sur la photo : masquer une zone · Ctrl+Z : annuler</translation>
    </message>
    <message>
        <location filename="../panels.py" line="122" />
        <source>To review</source>
        <translation>À vérifier</translation>
    </message>
</context>
<context>
    <name>HandOver</name>
    <message>
        <location filename="../handover.py" line="31" />
        <location filename="../handover.py" line="53" />
        <location filename="../handover.py" line="105" />
        <source>Copy all</source>
        <translation>Tout copier</translation>
    </message>
    <message>
        <location filename="../handover.py" line="33" />
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <location filename="../handover.py" line="34" />
        <source>Copy photo</source>
        <translation>Copier la photo</translation>
    </message>
    <message>
        <location filename="../handover.py" line="35" />
        <source>Save copies…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../handover.py" line="65" />
        <source>Cleaned text copied.</source>
        <translation>Texte anonymisé copié.</translation>
    </message>
    <message>
        <location filename="../handover.py" line="74" />
        <source>Cleaned photo %1 copied.</source>
        <translation>Photo %1 anonymisée copiée.</translation>
    </message>
    <message>
        <location filename="../handover.py" line="100" />
        <source>Copy next: photo %1</source>
        <translation>Copier ensuite : photo %1</translation>
    </message>
    <message>
        <location filename="../handover.py" line="101" />
        <source>Paste it, then click “%1” for the next one (%2 left).</source>
        <translation>Collez-le, puis cliquez « %1 » pour la suite (encore %2).</translation>
    </message>
    <message>
        <location filename="../handover.py" line="106" />
        <source>That was the last one.</source>
        <translation>C'était le dernier.</translation>
    </message>
    <message>
        <location filename="../handover.py" line="111" />
        <source>Save the cleaned copies in</source>
        <translation>Enregistrer les copies anonymisées dans</translation>
    </message>
    <message>
        <location filename="../handover.py" line="119" />
        <source>%1 file(s) saved in %2</source>
        <translation>%1 fichier(s) enregistré(s) dans %2</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../intake.py" line="30" />
        <source>Open photos</source>
        <translation>Ouvrir des photos</translation>
    </message>
    <message>
        <location filename="../intake.py" line="30" />
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../intake.py" line="39" />
        <source>Only %1 photos per post: these were not added:</source>
        <translation>%1 photos au plus par message : celles-ci n'ont pas été ajoutées :</translation>
    </message>
    <message>
        <location filename="../intake.py" line="48" />
        <source>The clipboard holds no image.</source>
        <translation>Le presse-papiers ne contient pas d'image.</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <location filename="../journal_dialog.py" line="42" />
        <source>Journal of my checks</source>
        <translation>Journal de mes vérifications</translation>
    </message>
    <message>
        <location filename="../journal_dialog.py" line="45" />
        <source>Kept on this computer only, never sent: counts by kind, the risk, the checklist's answers and the fingerprint (sha256) of each cleaned copy. Never a name, a date, a place or a file name.</source>
        <translation>Gardé sur cet ordinateur seulement, jamais envoyé : des nombres par type, le risque, les réponses aux questions sur les photos et l'empreinte (sha256) de chaque copie anonymisée. Jamais un nom, une date, un lieu ou un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../journal_dialog.py" line="50" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../journal_dialog.py" line="50" />
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../journal_dialog.py" line="50" />
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../journal_dialog.py" line="50" />
        <source>Found</source>
        <translation>Trouvés</translation>
    </message>
    <message>
        <location filename="../journal_dialog.py" line="51" />
        <source>Kept</source>
        <translation>Conservés</translation>
    </message>
    <message>
        <location filename="../journal_dialog.py" line="51" />
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../journal_dialog.py" line="51" />
        <source>Checklist</source>
        <translation>Questions photo</translation>
    </message>
    <message>
        <location filename="../journal_dialog.py" line="52" />
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location filename="../journal_dialog.py" line="60" />
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../journal_dialog.py" line="61" />
        <source>Delete the journal…</source>
        <translation>Supprimer le journal…</translation>
    </message>
    <message>
        <location filename="../journal_dialog.py" line="62" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../journal_dialog.py" line="74" />
        <source>checked</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <location filename="../journal_dialog.py" line="74" />
        <source>cleaned</source>
        <translation>anonymisé</translation>
    </message>
    <message>
        <location filename="../journal_dialog.py" line="74" />
        <source>copied or saved</source>
        <translation>copié ou enregistré</translation>
    </message>
    <message>
        <location filename="../journal_dialog.py" line="82" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../journal_dialog.py" line="82" />
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../journal_dialog.py" line="90" />
        <source>Export the journal</source>
        <translation>Exporter le journal</translation>
    </message>
    <message>
        <location filename="../journal_dialog.py" line="102" />
        <source>Delete the whole journal? This cannot be undone.</source>
        <translation>Supprimer tout le journal ? C'est définitif.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="65" />
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="69" />
        <source>Open photos…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="70" />
        <source>Paste image</source>
        <translation>Coller une image</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="71" />
        <source>Clean a folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="72" />
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="73" />
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="249" />
        <source>Loading the models…</source>
        <translation>Chargement des modèles…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="74" />
        <source>Journal…</source>
        <translation>Journal…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="112" />
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="116" />
        <source>Clean everything</source>
        <translation>Tout anonymiser</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="122" />
        <source>I confirm: publish what I kept</source>
        <translation>Je confirme : publier ce que j'ai gardé</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="249" />
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="249" />
        <source>Cleaning and verifying…</source>
        <translation>Anonymisation et contrôle…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="275" />
        <source>These photos cannot be read and were not checked:</source>
        <translation>Ces photos sont illisibles et n'ont pas été vérifiées :</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="316" />
        <location filename="../main_window.py" line="375" />
        <location filename="../main_window.py" line="386" />
        <source>The draft has changed: check it again.</source>
        <translation>Le brouillon a changé : vérifiez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>PhotoPane</name>
    <message>
        <location filename="../photo_pane.py" line="17" />
        <source>Drop photos here (up to 4), or use “Open photos…” or “Paste image”.
Drop a folder to clean all its photos.</source>
        <translation>Déposez les photos ici (jusqu'à 4), ou « Ouvrir… » ou « Coller une image ».
Déposez un dossier pour anonymiser toutes ses photos.</translation>
    </message>
    <message>
        <location filename="../photo_pane.py" line="25" />
        <source>Show the cleaned copy</source>
        <translation>Voir la copie anonymisée</translation>
    </message>
    <message>
        <location filename="../photo_pane.py" line="28" />
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="15" />
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="18" />
        <source>Solid fill</source>
        <translation>Aplat opaque</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="19" />
        <source>Destroying blur</source>
        <translation>Flou destructif</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="20" />
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="21" />
        <source>Paranoid (slower, smaller faces)</source>
        <translation>Paranoïaque (plus lent, petits visages)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="22" />
        <source>[NOM], [DATE]…</source>
        <translation>[NOM], [DATE]…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="23" />
        <source>Soft (initials, “récemment”, age ranges)</source>
        <translation>Doux (initiales, « récemment », tranches d'âge)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="24" />
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="29" />
        <source>Faces and regions</source>
        <translation>Visages et zones</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="30" />
        <source>Face detection</source>
        <translation>Détection des visages</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="31" />
        <source>Text replacements</source>
        <translation>Remplacements dans le texte</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="32" />
        <source>Always flag (one per line)</source>
        <translation>Toujours signaler (un par ligne)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="33" />
        <source>Never flag (one per line)</source>
        <translation>Ne jamais signaler (un par ligne)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="34" />
        <source>Language (after a restart)</source>
        <translation>Langue (au prochain démarrage)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="35" />
        <source>Keep a journal of my checks on this computer (counts only, never a name)</source>
        <translation>Tenir un journal de mes vérifications sur cet ordinateur (des nombres, jamais un nom)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="37" />
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../panels.py" line="157" />
        <source>Add photos or write the draft, then “Check”.</source>
        <translation>Ajoutez des photos ou écrivez le brouillon, puis « Vérifier ».</translation>
    </message>
    <message>
        <location filename="../panels.py" line="158" />
        <source>Ready. Write the draft and add photos.</source>
        <translation>Prêt. Écrivez le brouillon et ajoutez des photos.</translation>
    </message>
    <message>
        <location filename="../panels.py" line="164" />
        <source>%1 metadata field(s): never copied</source>
        <translation>%1 champ(s) de métadonnées : jamais copiés</translation>
    </message>
    <message>
        <location filename="../panels.py" line="173" />
        <source>Re-identification risk of what stays: %1.</source>
        <translation>Risque de ré-identification de ce qui reste : %1.</translation>
    </message>
    <message>
        <location filename="../panels.py" line="184" />
        <source>%1 face(s)</source>
        <translation>%1 visage(s)</translation>
    </message>
    <message>
        <location filename="../panels.py" line="184" />
        <source>%1 name(s)</source>
        <translation>%1 nom(s)</translation>
    </message>
    <message>
        <location filename="../panels.py" line="184" />
        <source>%1 other identifier(s)</source>
        <translation>%1 autre(s) identifiant(s)</translation>
    </message>
    <message>
        <location filename="../panels.py" line="185" />
        <source>%1 distinctive mark(s) not hidden</source>
        <translation>%1 signe(s) distinctif(s) non masqué(s)</translation>
    </message>
    <message>
        <location filename="../panels.py" line="191" />
        <source>⚠ %1 identifying item(s) to remove, %2 to decide. Click “Clean everything”.</source>
        <translation>⚠ %1 élément(s) identifiant(s) à supprimer, %2 à décider. Cliquez sur « Tout anonymiser ».</translation>
    </message>
    <message>
        <location filename="../panels.py" line="194" />
        <source>✗ Not verified: %1</source>
        <translation>✗ Non vérifié : %1</translation>
    </message>
    <message>
        <location filename="../panels.py" line="197" />
        <source>✗ Unreadable photo: %1</source>
        <translation>✗ Photo illisible : %1</translation>
    </message>
    <message>
        <location filename="../panels.py" line="200" />
        <source>⚠ Verified. Last step: look at photo %1 for what no detector sees, and answer under the photo.</source>
        <translation>⚠ Vérifié. Dernière étape : regardez la photo %1 pour ce qu'aucun détecteur ne voit, et répondez sous la photo.</translation>
    </message>
    <message>
        <location filename="../panels.py" line="203" />
        <source>⚠ Verified, but you kept: %1. Confirm before copying or saving.</source>
        <translation>⚠ Vérifié, mais conservé à votre demande : %1. Confirmez avant de copier ou d'enregistrer.</translation>
    </message>
    <message>
        <location filename="../panels.py" line="209" />
        <source>✗ Not ready: the re-check still finds something or could not run. See the list.</source>
        <translation>✗ Pas prêt : le nouveau contrôle trouve encore quelque chose ou n'a pas pu tourner. Voir la liste.</translation>
    </message>
    <message>
        <location filename="../panels.py" line="212" />
        <source>(Faces were looked for by one detector only: the other has no version for this computer.)</source>
        <translation>(Visages cherchés par un seul détecteur : l'autre n'existe pas pour cet ordinateur.)</translation>
    </message>
    <message>
        <location filename="../panels.py" line="214" />
        <source>Nothing to check.</source>
        <translation>Rien à vérifier.</translation>
    </message>
    <message>
        <location filename="../panels.py" line="215" />
        <source>Nothing identifying found, and every check ran.</source>
        <translation>Rien d'identifiant trouvé, et tous les contrôles ont tourné.</translation>
    </message>
    <message>
        <location filename="../panels.py" line="211" />
        <location filename="../panels.py" line="216" />
        <source>✓ Ready to publish: everything chosen was removed and the re-check found nothing.</source>
        <translation>✓ Prêt à publier : tout ce qui était choisi a été supprimé et le nouveau contrôle n'a rien trouvé.</translation>
    </message>
    <message>
        <location filename="../panels.py" line="171" />
        <source>moderate</source>
        <translation>moyen</translation>
    </message>
    <message>
        <location filename="../panels.py" line="171" />
        <source>serious</source>
        <translation>élevé</translation>
    </message>
    <message>
        <location filename="../panels.py" line="222" />
        <source>Click “Clean everything” first: only a cleaned and verified post can be copied or saved.</source>
        <translation>Cliquez d'abord sur « Tout anonymiser » : seul un message anonymisé et vérifié peut être copié ou enregistré.</translation>
    </message>
    <message>
        <location filename="../panels.py" line="224" />
        <source>You kept something identifying: confirm it first.</source>
        <translation>Vous avez gardé un élément identifiant : confirmez d'abord.</translation>
    </message>
    <message>
        <location filename="../panels.py" line="226" />
        <source>Answer the checklist under each photo first.</source>
        <translation>Répondez d'abord aux questions sous chaque photo.</translation>
    </message>
    <message>
        <location filename="../panels.py" line="227" />
        <source>The re-check did not verify the cleaned post: nothing can be copied or saved.</source>
        <translation>Le nouveau contrôle n'a pas vérifié le message anonymisé : rien ne peut être copié ni enregistré.</translation>
    </message>
</context>
<context>
    <name>ZoomBar</name>
    <message>
        <location filename="../photo_view.py" line="232" />
        <source>Zoom out (-)</source>
        <translation>Dézoomer (-)</translation>
    </message>
    <message>
        <location filename="../photo_view.py" line="233" />
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../photo_view.py" line="233" />
        <source>The whole photo (0)</source>
        <translation>Toute la photo (0)</translation>
    </message>
    <message>
        <location filename="../photo_view.py" line="234" />
        <source>Actual pixels (1)</source>
        <translation>Taille réelle (1)</translation>
    </message>
    <message>
        <location filename="../photo_view.py" line="235" />
        <source>Zoom in (+, or the wheel; the middle button or Shift pans)</source>
        <translation>Zoomer (+, ou la molette ; le bouton du milieu ou Maj déplace)</translation>
    </message>
</context>
</TS>