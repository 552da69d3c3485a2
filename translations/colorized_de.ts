<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ColorizeWorker</name>
    <message>
        <source>No colorization model is set. Choose a model file in the Settings panel (Model), or install the default model; the README explains how to train one with colorized-cli train.</source>
        <translation>Es ist kein Kolorierungsmodell eingestellt. Wählen Sie im Bereich Einstellungen (Modell) eine Modelldatei oder installieren Sie das Standardmodell; die README erklärt, wie man mit colorized-cli train eines trainiert.</translation>
    </message>
    <message>
        <source>The model file %1 does not exist. Choose another model in the Settings panel.</source>
        <translation>Die Modelldatei %1 existiert nicht. Wählen Sie im Bereich Einstellungen ein anderes Modell.</translation>
    </message>
    <message>
        <source>The model file %1 could not be loaded: %2 Choose another model in the Settings panel.</source>
        <translation>Die Modelldatei %1 konnte nicht geladen werden: %2 Wählen Sie im Bereich Einstellungen ein anderes Modell.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2 Check that it is a JPEG, PNG or TIFF image and that the file is complete.</source>
        <translation>%1 konnte nicht geöffnet werden: %2 Prüfen Sie, ob es ein JPEG-, PNG- oder TIFF-Bild ist und ob die Datei vollständig ist.</translation>
    </message>
    <message>
        <source>The selected timeline frame can no longer be continued. Colorize the photo again.</source>
        <translation>Vom gewählten Bild der Zeitleiste kann nicht mehr fortgesetzt werden. Kolorieren Sie das Foto erneut.</translation>
    </message>
    <message>
        <source>Colorizing %1 failed: %2 Try another working resolution or model; if it keeps failing, please report it.</source>
        <translation>Das Kolorieren von %1 ist fehlgeschlagen: %2 Versuchen Sie eine andere Arbeitsauflösung oder ein anderes Modell; wenn es weiterhin fehlschlägt, melden Sie es bitte.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the colorized photo</source>
        <translation>Das kolorierte Foto exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Export %n colorized photos</source>
        <translation><numerusform>%n koloriertes Foto exportieren</numerusform><numerusform>%n kolorierte Fotos exportieren</numerusform></translation>
    </message>
    <message>
        <source>Exports are new files at full resolution; originals are never changed. Each carries its provenance (IPTC digital source type, model, seed, hints) in its metadata and in a .json file beside it.</source>
        <translation>Exporte sind neue Dateien in voller Auflösung; Originale werden nie verändert. Jeder Export trägt seine Herkunft (IPTC-Quelltyp, Modell, Startwert, Hinweise) in seinen Metadaten und in einer .json-Datei daneben.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>PNG (lossless, keeps 16 bits)</source>
        <translation>PNG (verlustfrei, behält 16 Bit)</translation>
    </message>
    <message>
        <source>TIFF (lossless, keeps 16 bits)</source>
        <translation>TIFF (verlustfrei, behält 16 Bit)</translation>
    </message>
    <message>
        <source>JPEG (smaller, 8 bits)</source>
        <translation>JPEG (kleiner, 8 Bit)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>JPEG quality:</source>
        <translation>JPEG-Qualität:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <source>Choose a folder that exists and that you can write to.</source>
        <translation>Wählen Sie einen vorhandenen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>%1 has no colorized result to export yet.</source>
        <translation>%1 hat noch kein koloriertes Ergebnis zum Exportieren.</translation>
    </message>
    <message>
        <source>Candidate %1 does not exist for %2.</source>
        <translation>Variante %1 gibt es für %2 nicht.</translation>
    </message>
    <message>
        <source>The export folder %1 does not exist.</source>
        <translation>Der Exportordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The original %1 is missing or has changed since it was colorized. Colorize it again before exporting.</source>
        <translation>Das Original %1 fehlt oder hat sich seit dem Kolorieren geändert. Kolorieren Sie es vor dem Export erneut.</translation>
    </message>
    <message>
        <source>%1 could not be prepared for export: %2</source>
        <translation>%1 konnte nicht für den Export vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2 Check that the folder is writable and that the disk is not full.</source>
        <translation>%1 konnte nicht geschrieben werden: %2 Prüfen Sie, ob der Ordner beschreibbar und die Festplatte nicht voll ist.</translation>
    </message>
    <message>
        <source>%1 was exported, but its provenance file %2 could not be written (the image itself carries the provenance).</source>
        <translation>%1 wurde exportiert, aber seine Herkunftsdatei %2 konnte nicht geschrieben werden (das Bild selbst trägt die Herkunft).</translation>
    </message>
    <message>
        <source>Candidate %1 of %2 could not be shown: %3</source>
        <translation>Variante %1 von %2 konnte nicht angezeigt werden: %3</translation>
    </message>
</context>
<context>
    <name>HintsDock</name>
    <message>
        <source>Color hints</source>
        <translation>Farbhinweise</translation>
    </message>
    <message>
        <source>Where you know a color (a uniform, a painted door), pin it: the model follows hints when you colorize again or continue from a timeline frame.</source>
        <translation>Wo Sie eine Farbe kennen (eine Uniform, eine gestrichene Tür), heften Sie sie an: Das Modell folgt den Hinweisen, wenn Sie erneut kolorieren oder von einem Bild der Zeitleiste fortsetzen.</translation>
    </message>
    <message>
        <source>Add hint on photo</source>
        <translation>Hinweis auf dem Foto setzen</translation>
    </message>
    <message>
        <source>Click on the photo to place a hint (H).</source>
        <translation>Klicken Sie auf das Foto, um einen Hinweis zu setzen (H).</translation>
    </message>
    <message>
        <source>Change color…</source>
        <translation>Farbe ändern…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected hint (Delete).</source>
        <translation>Den gewählten Hinweis entfernen (Entf).</translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation>Alle entfernen</translation>
    </message>
    <message>
        <source>%1. %2 at %3 %, %4 %</source>
        <translation>%1. %2 bei %3 %, %4 %</translation>
    </message>
    <message>
        <source>Double-click to change the color; drag the marker on the photo to move it.</source>
        <translation>Doppelklicken, um die Farbe zu ändern; die Markierung auf dem Foto ziehen, um sie zu verschieben.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Drop photographs or folders here, or use File &gt; Open.</source>
        <translation>Fotos oder Ordner hierher ziehen oder Datei &gt; Öffnen verwenden.</translation>
    </message>
    <message>
        <source>No candidates yet: colorize the photo first.</source>
        <translation>Noch keine Varianten: Kolorieren Sie zuerst das Foto.</translation>
    </message>
    <message>
        <source>Candidate %1 (chosen)</source>
        <translation>Variante %1 (gewählt)</translation>
    </message>
    <message>
        <source>Candidate %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <source>Original (not colorized yet)</source>
        <translation>Original (noch nicht koloriert)</translation>
    </message>
    <message>
        <source>Colorized</source>
        <translation>Koloriert</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hint color (custom colors: what the candidates give here)</source>
        <translation>Hinweisfarbe (eigene Farben: was die Varianten hier ergeben)</translation>
    </message>
    <message>
        <source>COLORIZED</source>
        <translation>COLORIZED</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Model: loading…</source>
        <translation>Modell: wird geladen…</translation>
    </message>
    <message>
        <source>&amp;Open Photos…</source>
        <translation>Fotos ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;All Colorized…</source>
        <translation>&amp;Alle kolorierten exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Remove from List</source>
        <translation>Aus der Liste &amp;entfernen</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>&amp;Colorize</source>
        <translation>&amp;Kolorieren</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Colorize the selected photos (Ctrl+R)</source>
        <translation>Die gewählten Fotos kolorieren (Strg+R)</translation>
    </message>
    <message>
        <source>Colorize A&amp;ll</source>
        <translation>A&amp;lle kolorieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the running colorization (Esc)</source>
        <translation>Die laufende Kolorierung abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Cancel All</source>
        <translation>Alle abbrechen</translation>
    </message>
    <message>
        <source>Shift+Esc</source>
        <translation>Shift+Esc</translation>
    </message>
    <message>
        <source>Continue from Selected &amp;Frame</source>
        <translation>Vom gewählten &amp;Bild fortsetzen</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>New &amp;Seed</source>
        <translation>Neuer &amp;Startwert</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Place Color &amp;Hints</source>
        <translation>Farb&amp;hinweise setzen</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Remove Selected Hint</source>
        <translation>Gewählten Hinweis entfernen</translation>
    </message>
    <message>
        <source>&amp;Colorized</source>
        <translation>&amp;Koloriert</translation>
    </message>
    <message>
        <source>&amp;Original</source>
        <translation>&amp;Original</translation>
    </message>
    <message>
        <source>&amp;Split View</source>
        <translation>&amp;Geteilte Ansicht</translation>
    </message>
    <message>
        <source>Side &amp;by Side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>Ca&amp;ndidates</source>
        <translation>&amp;Varianten</translation>
    </message>
    <message>
        <source>&amp;Toggle Original</source>
        <translation>Original &amp;umschalten</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Flip between the original and the colorized photo (T)</source>
        <translation>Zwischen dem Original und dem kolorierten Foto umschalten (T)</translation>
    </message>
    <message>
        <source>Show &amp;Uncertainty</source>
        <translation>&amp;Unsicherheit zeigen</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Highlight where the candidates disagree: there the colors are a guess (U)</source>
        <translation>Hervorheben, wo die Varianten abweichen: Dort sind die Farben geraten (U)</translation>
    </message>
    <message>
        <source>&amp;Play/Pause Timeline</source>
        <translation>Zeitleiste &amp;abspielen/anhalten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom O&amp;ut</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Actual Pixels (100 %)</source>
        <translation>&amp;Originalgröße (100 %)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Next Frame</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <source>]</source>
        <translation>]</translation>
    </message>
    <message>
        <source>Previous Frame</source>
        <translation>Vorheriges Bild</translation>
    </message>
    <message>
        <source>[</source>
        <translation>[</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About COLORIZED</source>
        <translation>&amp;Über COLORIZED</translation>
    </message>
    <message>
        <source>About COLORIZED</source>
        <translation>Über COLORIZED</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;COLORIZED %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Colorization of lost or ruined images employing diffusion.&lt;/p&gt;&lt;p&gt;Colors are an estimate made by a trained model; exports say so in their metadata and never replace the original.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;COLORIZED %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Kolorierung verlorener oder beschädigter Bilder mit Diffusion.&lt;/p&gt;&lt;p&gt;Die Farben sind eine Schätzung eines trainierten Modells; Exporte sagen das in ihren Metadaten und ersetzen nie das Original.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>Model: none</source>
        <translation>Modell: keines</translation>
    </message>
    <message>
        <source>Drop photographs or folders here, or use File &gt; Open.</source>
        <translation>Fotos oder Ordner hierher ziehen oder Datei &gt; Öffnen verwenden.</translation>
    </message>
    <message>
        <source>No colorization model found: choose one in the Settings panel.</source>
        <translation>Kein Kolorierungsmodell gefunden: Wählen Sie eines im Bereich Einstellungen.</translation>
    </message>
    <message>
        <source>No photographs found in what was dropped or opened.</source>
        <translation>In dem Abgelegten oder Geöffneten wurden keine Fotos gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n photo(s).</source>
        <translation><numerusform>%n Foto hinzugefügt.</numerusform><numerusform>%n Fotos hinzugefügt.</numerusform></translation>
    </message>
    <message>
        <source>Open photographs</source>
        <translation>Fotos öffnen</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>Bilder (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a folder of photographs</source>
        <translation>Einen Ordner mit Fotos öffnen</translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>No colorization model is set: choose one in the Settings panel (Model).</source>
        <translation>Kein Kolorierungsmodell eingestellt: Wählen Sie eines im Bereich Einstellungen (Modell).</translation>
    </message>
    <message>
        <source>Colorize the photo first, then pick a timeline frame to continue from.</source>
        <translation>Kolorieren Sie zuerst das Foto und wählen Sie dann ein Bild der Zeitleiste, von dem aus fortgesetzt wird.</translation>
    </message>
    <message numerus="yes">
        <source>Continuing from step %1 with seed %2 and %n hint(s).</source>
        <translation><numerusform>Fortsetzung ab Schritt %1 mit Startwert %2 und %n Hinweis.</numerusform><numerusform>Fortsetzung ab Schritt %1 mit Startwert %2 und %n Hinweisen.</numerusform></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message numerus="yes">
        <source>Colorizing %1 (%n more waiting)…</source>
        <translation><numerusform>%1 wird koloriert (%n weiteres wartet)…</numerusform><numerusform>%1 wird koloriert (%n weitere warten)…</numerusform></translation>
    </message>
    <message>
        <source>Colorizing %1…</source>
        <translation>%1 wird koloriert…</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Estimating time left…</source>
        <translation>Restzeit wird geschätzt…</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left</source>
        <translation><numerusform>Noch etwa %n Sekunde</numerusform><numerusform>Noch etwa %n Sekunden</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation><numerusform>Noch etwa %n Minute</numerusform><numerusform>Noch etwa %n Minuten</numerusform></translation>
    </message>
    <message>
        <source>%1 colorized in %2 s (seed %3).</source>
        <translation>%1 in %2 s koloriert (Startwert %3).</translation>
    </message>
    <message>
        <source>Colorizing %1 failed.</source>
        <translation>Das Kolorieren von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Colorizing was cancelled.</source>
        <translation>Die Kolorierung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled colorizing %1.</source>
        <translation>Kolorierung von %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Hint added. Colorize again (Ctrl+R) or continue from a timeline frame to use it.</source>
        <translation>Hinweis hinzugefügt. Erneut kolorieren (Strg+R) oder von einem Bild der Zeitleiste fortsetzen, um ihn zu nutzen.</translation>
    </message>
    <message>
        <source>Candidate %1 chosen: it is the one exported.</source>
        <translation>Variante %1 gewählt: Sie wird exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %n left.</source>
        <translation><numerusform>Export läuft… noch %n.</numerusform><numerusform>Export läuft… noch %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n photo(s) to %1.</source>
        <translation><numerusform>%n Foto nach %1 exportiert.</numerusform><numerusform>%n Fotos nach %1 exportiert.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n export(s) failed.</source>
        <translation><numerusform>%n Export ist fehlgeschlagen.</numerusform><numerusform>%n Exporte sind fehlgeschlagen.</numerusform></translation>
    </message>
    <message>
        <source>Export problems</source>
        <translation>Probleme beim Export</translation>
    </message>
    <message>
        <source>Nothing to export: colorize a photo first.</source>
        <translation>Nichts zu exportieren: Kolorieren Sie zuerst ein Foto.</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n photo(s)…</source>
        <translation><numerusform>%n Foto wird exportiert…</numerusform><numerusform>%n Fotos werden exportiert…</numerusform></translation>
    </message>
</context>
<context>
    <name>ModelLocator</name>
    <message>
        <source>No colorization model was found. Looked in: %1. Choose a model file with Settings &gt; Model &gt; Choose…, set the COLORIZED_MODEL environment variable, or train one with "colorized-cli train" as the README explains.</source>
        <translation>Es wurde kein Kolorierungsmodell gefunden. Gesucht in: %1. Wählen Sie eine Modelldatei unter Einstellungen &gt; Modell &gt; Wählen…, setzen Sie die Umgebungsvariable COLORIZED_MODEL oder trainieren Sie eines mit „colorized-cli train“, wie die README erklärt.</translation>
    </message>
</context>
<context>
    <name>PhotoListModel</name>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Not colorized</source>
        <translation>Nicht koloriert</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Colorizing</source>
        <translation>Wird koloriert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Colorizing %1%</source>
        <translation>Kolorierung %1 %</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3-bit</source>
        <translation>%1 × %2 Pixel, %3 Bit</translation>
    </message>
</context>
<context>
    <name>PhotoLoader</name>
    <message>
        <source>%1 cannot be opened as a photograph: %2</source>
        <translation>%1 kann nicht als Foto geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>All cores (%1)</source>
        <translation>Alle Kerne (%1)</translation>
    </message>
    <message>
        <source>Processor threads the colorization may use.</source>
        <translation>Prozessor-Threads, die die Kolorierung nutzen darf.</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>Threads:</translation>
    </message>
    <message>
        <source>Colorize photos as soon as they are added</source>
        <translation>Fotos sofort beim Hinzufügen kolorieren</translation>
    </message>
    <message>
        <source>A new language applies to all windows after COLORIZED restarts.</source>
        <translation>Eine neue Sprache gilt für alle Fenster nach einem Neustart von COLORIZED.</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>The exported file %1 could not be reopened to add its provenance.</source>
        <translation>Die exportierte Datei %1 konnte nicht erneut geöffnet werden, um ihre Herkunft einzutragen.</translation>
    </message>
    <message>
        <source>The provenance could not be written into %1: %2</source>
        <translation>Die Herkunft konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDock</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Choose the model file (.safetensors) used to colorize.</source>
        <translation>Die Modelldatei (.safetensors) zum Kolorieren wählen.</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>DDIM (fast, few steps)</source>
        <translation>DDIM (schnell, wenige Schritte)</translation>
    </message>
    <message>
        <source>DDPM (every step, slow)</source>
        <translation>DDPM (alle Schritte, langsam)</translation>
    </message>
    <message>
        <source>Sampler:</source>
        <translation>Sampler:</translation>
    </message>
    <message>
        <source>More steps can give cleaner colors and take longer.</source>
        <translation>Mehr Schritte können sauberere Farben ergeben und dauern länger.</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>The same photo, settings and seed give exactly the same result.</source>
        <translation>Dasselbe Foto mit denselben Einstellungen und demselben Startwert ergibt genau dasselbe Ergebnis.</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>Neuer Startwert</translation>
    </message>
    <message>
        <source>Draw a new random seed (Ctrl+G).</source>
        <translation>Einen neuen zufälligen Startwert ziehen (Strg+G).</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <source>Several candidates are computed together; where they disagree, the uncertainty map lights up.</source>
        <translation>Mehrere Varianten werden zusammen berechnet; wo sie abweichen, leuchtet die Unsicherheitskarte auf.</translation>
    </message>
    <message>
        <source>Candidates:</source>
        <translation>Varianten:</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>Wie im Modell</translation>
    </message>
    <message>
        <source>%1 pixels</source>
        <translation>%1 Pixel</translation>
    </message>
    <message>
        <source>Long side at which the model works; the result keeps the original's full resolution and detail.</source>
        <translation>Lange Seite, mit der das Modell arbeitet; das Ergebnis behält die volle Auflösung und die Details des Originals.</translation>
    </message>
    <message>
        <source>Working resolution:</source>
        <translation>Arbeitsauflösung:</translation>
    </message>
    <message>
        <source>Faster reduced precision (bfloat16)</source>
        <translation>Schnellere reduzierte Genauigkeit (bfloat16)</translation>
    </message>
    <message>
        <source>About 1.5 times faster on recent processors; colors may differ very slightly.</source>
        <translation>Auf neueren Prozessoren etwa 1,5-mal schneller; die Farben können ganz leicht abweichen.</translation>
    </message>
    <message>
        <source>Colorize</source>
        <translation>Kolorieren</translation>
    </message>
    <message>
        <source>Colorize the selected photos with these settings (Ctrl+R).</source>
        <translation>Die gewählten Fotos mit diesen Einstellungen kolorieren (Strg+R).</translation>
    </message>
    <message>
        <source> (DDPM uses all %1)</source>
        <translation> (DDPM nutzt alle %1)</translation>
    </message>
    <message>
        <source>%1 — works at %2 pixels, %3 diffusion steps.</source>
        <translation>%1 — arbeitet mit %2 Pixeln, %3 Diffusionsschritten.</translation>
    </message>
    <message>
        <source>Choose a colorization model</source>
        <translation>Ein Kolorierungsmodell wählen</translation>
    </message>
    <message>
        <source>Model files (*.safetensors)</source>
        <translation>Modelldateien (*.safetensors)</translation>
    </message>
</context>
<context>
    <name>TimelineDock</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Timeline frames</source>
        <translation>Bilder der Zeitleiste</translation>
    </message>
    <message>
        <source>Play the reverse process (Space)</source>
        <translation>Den Rückwärtsprozess abspielen (Leertaste)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Scrub through the reverse process; the far right is the result.</source>
        <translation>Durch den Rückwärtsprozess fahren; ganz rechts ist das Ergebnis.</translation>
    </message>
    <message>
        <source>Timeline position</source>
        <translation>Position in der Zeitleiste</translation>
    </message>
    <message>
        <source>Predicted result (x₀)</source>
        <translation>Vorhergesagtes Ergebnis (x₀)</translation>
    </message>
    <message>
        <source>Noisy state (xₜ)</source>
        <translation>Verrauschter Zustand (xₜ)</translation>
    </message>
    <message>
        <source>What each frame shows: the model's guess of the final colors, or the noisy state being denoised.</source>
        <translation>Was jedes Bild zeigt: die Schätzung der endgültigen Farben durch das Modell oder den verrauschten Zustand, der entrauscht wird.</translation>
    </message>
    <message>
        <source>Continue from here</source>
        <translation>Von hier fortsetzen</translation>
    </message>
    <message>
        <source>Run the rest of the process again from the selected frame, with the current seed and hints.</source>
        <translation>Den Rest des Prozesses ab dem gewählten Bild erneut ausführen, mit dem aktuellen Startwert und den aktuellen Hinweisen.</translation>
    </message>
    <message>
        <source>No frames yet.</source>
        <translation>Noch keine Bilder.</translation>
    </message>
    <message>
        <source>Final result.</source>
        <translation>Endergebnis.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Step %1 of %2, t = %3: predicted result</source>
        <translation>Schritt %1 von %2, t = %3: vorhergesagtes Ergebnis</translation>
    </message>
    <message>
        <source>Step %1 of %2, t = %3: noisy state</source>
        <translation>Schritt %1 von %2, t = %3: verrauschter Zustand</translation>
    </message>
</context>
<context>
    <name>TrainWorker</name>
    <message>
        <source>Fine-tuning stopped: %1</source>
        <translation>Das Feinabstimmen wurde beendet: %1</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The folder %1 holds no fine-tuning run to resume.</source>
        <translation>Der Ordner %1 enthält keinen Feinabstimmungslauf zum Fortsetzen.</translation>
    </message>
    <message>
        <source>Reading the photographs…</source>
        <translation>Die Fotos werden gelesen…</translation>
    </message>
    <message>
        <source>Colorizing the held-out photographs with the base model…</source>
        <translation>Die zurückgehaltenen Fotos werden mit dem Ausgangsmodell koloriert…</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Training läuft…</translation>
    </message>
    <message>
        <source>Colorizing the held-out photographs with the fine-tuned model…</source>
        <translation>Die zurückgehaltenen Fotos werden mit dem feinabgestimmten Modell koloriert…</translation>
    </message>
</context>
<context>
    <name>colorized::finetune::FineTuneWizard</name>
    <message>
        <source>Fine-tune the colorization model</source>
        <translation>Das Kolorierungsmodell feinabstimmen</translation>
    </message>
    <message>
        <source>Stop the training?</source>
        <translation>Das Training beenden?</translation>
    </message>
    <message>
        <source>Training is still running. If you close this window it stops after the current step; the run is kept and this wizard offers to resume it next time.</source>
        <translation>Das Training läuft noch. Wenn Sie dieses Fenster schließen, endet es nach dem aktuellen Schritt; der Lauf bleibt erhalten und der Assistent bietet beim nächsten Mal an, ihn fortzusetzen.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>&amp;Fine-tune model…</source>
        <translation>Modell &amp;feinabstimmen…</translation>
    </message>
    <message>
        <source>Teach the model your collection's colors from your own photographs.</source>
        <translation>Dem Modell die Farben Ihrer Sammlung anhand Ihrer eigenen Fotos beibringen.</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Modelle…</translation>
    </message>
    <message>
        <source>See, switch, rename, import and delete colorization models.</source>
        <translation>Kolorierungsmodelle ansehen, wechseln, umbenennen, importieren und löschen.</translation>
    </message>
</context>
<context>
    <name>colorized::finetune::FolderPage</name>
    <message>
        <source>Photographs to learn from</source>
        <translation>Fotos zum Lernen</translation>
    </message>
    <message>
        <source>Choose a folder with your collection's photographs. COLORIZED learns how your photographs are colored; the model you start from is never changed.</source>
        <translation>Wählen Sie einen Ordner mit den Fotos Ihrer Sammlung. COLORIZED lernt, wie Ihre Fotos gefärbt sind; das Ausgangsmodell wird nie verändert.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The folder can be laid out in any of these ways, or mix them:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Two subfolders&lt;/b&gt; &lt;tt&gt;gray/&lt;/tt&gt; and &lt;tt&gt;color/&lt;/tt&gt;: a scan in &lt;tt&gt;gray/&lt;/tt&gt; and the color version of the same photograph in &lt;tt&gt;color/&lt;/tt&gt;, with the same file name (&lt;tt&gt;gray/p001.tif&lt;/tt&gt; and &lt;tt&gt;color/p001.jpg&lt;/tt&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Side by side&lt;/b&gt;: the scan &lt;tt&gt;p001.tif&lt;/tt&gt; next to its color version &lt;tt&gt;p001_color.jpg&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Color photographs alone&lt;/b&gt;: photographs of your region and era in color; their own lightness becomes the input.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The next page lists what was found and every file that cannot be used, and why. Some photographs are set aside to measure the result.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Ordner kann auf eine dieser Arten aufgebaut sein, auch gemischt:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Zwei Unterordner&lt;/b&gt; &lt;tt&gt;gray/&lt;/tt&gt; und &lt;tt&gt;color/&lt;/tt&gt;: ein Scan in &lt;tt&gt;gray/&lt;/tt&gt; und die Farbfassung desselben Fotos in &lt;tt&gt;color/&lt;/tt&gt;, mit gleichem Dateinamen (&lt;tt&gt;gray/p001.tif&lt;/tt&gt; und &lt;tt&gt;color/p001.jpg&lt;/tt&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nebeneinander&lt;/b&gt;: der Scan &lt;tt&gt;p001.tif&lt;/tt&gt; neben seiner Farbfassung &lt;tt&gt;p001_color.jpg&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nur Farbfotos&lt;/b&gt;: Farbfotos Ihrer Region und Epoche; ihre eigene Helligkeit dient als Eingabe.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Die nächste Seite zeigt, was gefunden wurde, und jede unbrauchbare Datei mit Grund. Einige Fotos werden zurückgehalten, um das Ergebnis zu messen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Folder of photographs</source>
        <translation>Fotoordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Interrupted training</source>
        <translation>Unterbrochenes Training</translation>
    </message>
    <message>
        <source>&amp;Resume it</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>A fine-tuning run on %1 stopped at step %2 of %3 (%4). It can continue from there.</source>
        <translation>Eine Feinabstimmung mit %1 wurde bei Schritt %2 von %3 unterbrochen (%4). Sie kann dort fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Discard the interrupted training?</source>
        <translation>Das unterbrochene Training verwerfen?</translation>
    </message>
    <message>
        <source>The interrupted run and its checkpoint will be deleted. Your photographs and models are not touched.</source>
        <translation>Der unterbrochene Lauf und sein Zwischenstand werden gelöscht. Ihre Fotos und Modelle bleiben unberührt.</translation>
    </message>
</context>
<context>
    <name>colorized::finetune::LossChart</name>
    <message>
        <source>Loss (lower is better)</source>
        <translation>Verlust (niedriger ist besser)</translation>
    </message>
    <message>
        <source>Training (smoothed)</source>
        <translation>Training (geglättet)</translation>
    </message>
    <message>
        <source>Held-out photographs</source>
        <translation>Zurückgehaltene Fotos</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
</context>
<context>
    <name>colorized::finetune::ReportPage</name>
    <message>
        <source>What the folder holds</source>
        <translation>Inhalt des Ordners</translation>
    </message>
    <message>
        <source>Matched pairs and color photographs are used; the files listed below are left out.</source>
        <translation>Zugeordnete Paare und Farbfotos werden verwendet; die unten aufgeführten Dateien bleiben außen vor.</translation>
    </message>
    <message>
        <source>Set aside for measuring:</source>
        <translation>Zum Messen zurückgehalten:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Reading the photographs…</source>
        <translation>Die Fotos werden gelesen…</translation>
    </message>
    <message>
        <source>The file cannot be read as an image.</source>
        <translation>Die Datei kann nicht als Bild gelesen werden.</translation>
    </message>
    <message>
        <source>The image is too small to learn from.</source>
        <translation>Das Bild ist zu klein zum Lernen.</translation>
    </message>
    <message>
        <source>Another file has the same name; rename one of them.</source>
        <translation>Eine andere Datei hat denselben Namen; benennen Sie eine davon um.</translation>
    </message>
    <message>
        <source>This scan has no color version with the same name.</source>
        <translation>Zu diesem Scan gibt es keine Farbfassung mit demselben Namen.</translation>
    </message>
    <message>
        <source>The scan and its color version have different shapes, so they cannot be matched.</source>
        <translation>Scan und Farbfassung haben unterschiedliche Formate und können nicht zugeordnet werden.</translation>
    </message>
    <message>
        <source>The "color" file has no color.</source>
        <translation>Die „Farb“-Datei hat keine Farbe.</translation>
    </message>
    <message>
        <source>The "color" file is toned (sepia or similar) or tinted in one color.</source>
        <translation>Die „Farb“-Datei ist getont (Sepia o. Ä.) oder einfarbig eingefärbt.</translation>
    </message>
    <message>
        <source>Not an image file.</source>
        <translation>Keine Bilddatei.</translation>
    </message>
    <message>
        <source>The file cannot be used.</source>
        <translation>Die Datei kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The folder cannot be read: %1</source>
        <translation>Der Ordner kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 photographs can be used: %2 matched pairs of a scan and its color version, and %3 color photographs used with their own lightness.</source>
        <translation>%1 Fotos sind verwendbar: %2 Paare aus Scan und Farbfassung und %3 Farbfotos mit ihrer eigenen Helligkeit.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are left out:</source>
        <translation><numerusform>%n Datei bleibt außen vor:</numerusform><numerusform>%n Dateien bleiben außen vor:</numerusform></translation>
    </message>
    <message>
        <source>Fine-tuning needs at least two usable photographs.</source>
        <translation>Die Feinabstimmung braucht mindestens zwei verwendbare Fotos.</translation>
    </message>
    <message>
        <source>(with %1)</source>
        <translation>(mit %1)</translation>
    </message>
    <message>
        <source>%1 of %2 photographs are set aside: the model does not learn from them, and the last page compares the old and the new model on them.</source>
        <translation>%1 von %2 Fotos werden zurückgehalten: Das Modell lernt nicht aus ihnen, und die letzte Seite vergleicht daran das alte und das neue Modell.</translation>
    </message>
</context>
<context>
    <name>colorized::finetune::ResultPage</name>
    <message>
        <source>Color difference (CIEDE2000)</source>
        <translation>Farbabstand (CIEDE2000)</translation>
    </message>
    <message>
        <source>Mean perceived difference from the true colors. Lower is better; under 2 is hard to see.</source>
        <translation>Mittlerer wahrgenommener Abstand zu den echten Farben. Niedriger ist besser; unter 2 kaum sichtbar.</translation>
    </message>
    <message>
        <source>Colorfulness</source>
        <translation>Farbigkeit</translation>
    </message>
    <message>
        <source>How vivid the colors are (Hasler and Suesstrunk). Closer to the true photographs' value is better.</source>
        <translation>Wie kräftig die Farben sind (Hasler und Süsstrunk). Je näher am Wert der echten Fotos, desto besser.</translation>
    </message>
    <message>
        <source>PSNR (dB)</source>
        <translation>PSNR (dB)</translation>
    </message>
    <message>
        <source>Pixel agreement with the true colors. Higher is better.</source>
        <translation>Pixelübereinstimmung mit den echten Farben. Höher ist besser.</translation>
    </message>
    <message>
        <source>SSIM</source>
        <translation>SSIM</translation>
    </message>
    <message>
        <source>Structural agreement with the true colors, 0 to 1. Higher is better.</source>
        <translation>Strukturelle Übereinstimmung mit den echten Farben, 0 bis 1. Höher ist besser.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Both models colorized the photographs that were set aside; here is how close each came to the true colors.</source>
        <translation>Beide Modelle haben die zurückgehaltenen Fotos koloriert; so nah kam jedes den echten Farben.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maß</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Ausgangsmodell</translation>
    </message>
    <message>
        <source>Fine-tuned</source>
        <translation>Feinabgestimmt</translation>
    </message>
    <message>
        <source>&amp;Use the new model from now on</source>
        <translation>Ab jetzt das neue Modell &amp;verwenden</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Colorfulness (true colors: %1)</source>
        <translation>Farbigkeit (echte Farben: %1)</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <source>True colors</source>
        <translation>Echte Farben</translation>
    </message>
    <message>
        <source>%1, tuned on %2</source>
        <translation>%1, feinabgestimmt mit %2</translation>
    </message>
    <message>
        <source>Fine-tuned from %1 for %2 steps on %3 photographs of the folder %4.</source>
        <translation>Von %1 in %2 Schritten mit %3 Fotos aus dem Ordner %4 feinabgestimmt.</translation>
    </message>
    <message>
        <source>The model was not saved</source>
        <translation>Das Modell wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>colorized::finetune::SettingsPage</name>
    <message>
        <source>Training settings</source>
        <translation>Trainingseinstellungen</translation>
    </message>
    <message>
        <source>The defaults suit a laptop. More steps learn more and take longer.</source>
        <translation>Die Vorgaben passen für einen Laptop. Mehr Schritte lernen mehr und dauern länger.</translation>
    </message>
    <message>
        <source>Start &amp;training</source>
        <translation>&amp;Training starten</translation>
    </message>
    <message>
        <source>How far each step moves the model. Lower is gentler: the model keeps more of what it knew.</source>
        <translation>Wie weit jeder Schritt das Modell verändert. Niedriger ist behutsamer: Das Modell behält mehr von dem, was es wusste.</translation>
    </message>
    <message>
        <source>Photographs per step. Larger batches give steadier steps and take longer each.</source>
        <translation>Fotos pro Schritt. Größere Stapel ergeben gleichmäßigere Schritte, die jeweils länger dauern.</translation>
    </message>
    <message>
        <source>Side of the square pieces the model learns from, in pixels. Keep the base model's resolution unless you know better.</source>
        <translation>Seitenlänge der quadratischen Ausschnitte, aus denen das Modell lernt, in Pixeln. Behalten Sie die Auflösung des Ausgangsmodells, wenn Sie es nicht besser wissen.</translation>
    </message>
    <message>
        <source>Start from model:</source>
        <translation>Ausgangsmodell:</translation>
    </message>
    <message>
        <source>Training steps:</source>
        <translation>Trainingsschritte:</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Lernrate:</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Stapelgröße:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Auflösung:</translation>
    </message>
    <message>
        <source>%1 (installed with COLORIZED)</source>
        <translation>%1 (mit COLORIZED installiert)</translation>
    </message>
    <message>
        <source>%1 px (the model's own)</source>
        <translation>%1 px (die des Modells)</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>Each of your %1 training photographs is seen about %2 times.</source>
        <translation>Jedes Ihrer %1 Trainingsfotos wird etwa %2-mal gesehen.</translation>
    </message>
    <message>
        <source>The time could not be estimated: the model could not be loaded.</source>
        <translation>Die Dauer konnte nicht geschätzt werden: Das Modell konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Measuring a training step on this computer…</source>
        <translation>Ein Trainingsschritt wird auf diesem Computer gemessen…</translation>
    </message>
    <message>
        <source>One step takes about %1 s on this computer, so %2 steps take about %3, plus a little for the previews and the comparison at the end. You can pause or stop at any time; a stopped run can be resumed.</source>
        <translation>Ein Schritt dauert auf diesem Computer etwa %1 s, %2 Schritte also etwa %3, dazu etwas für die Vorschauen und den Vergleich am Ende. Sie können jederzeit anhalten oder beenden; ein beendeter Lauf kann fortgesetzt werden.</translation>
    </message>
</context>
<context>
    <name>colorized::finetune::TrainingPage</name>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>You can keep working in COLORIZED meanwhile. Stopping keeps what was learned so far: the run can be resumed later, also after closing the application.</source>
        <translation>Sie können währenddessen in COLORIZED weiterarbeiten. Beenden behält das bisher Gelernte: Der Lauf kann später fortgesetzt werden, auch nach dem Schließen der Anwendung.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Stops after the current step and keeps a checkpoint, so the run can be resumed.</source>
        <translation>Endet nach dem aktuellen Schritt und behält einen Zwischenstand, damit der Lauf fortgesetzt werden kann.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Wird nach dem aktuellen Schritt beendet…</translation>
    </message>
    <message>
        <source>True colors</source>
        <translation>Echte Farben</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Ausgangsmodell</translation>
    </message>
    <message>
        <source>After step %1</source>
        <translation>Nach Schritt %1</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Paused. A checkpoint was saved: closing the window now loses nothing.</source>
        <translation>Angehalten. Ein Zwischenstand wurde gespeichert: Das Fenster jetzt zu schließen verliert nichts.</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Training läuft…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Step %1 of %2, about %3 left (%4 photographs per second).</source>
        <translation>Schritt %1 von %2, noch etwa %3 (%4 Fotos pro Sekunde).</translation>
    </message>
    <message>
        <source>Training finished after %1 steps. Next: compare the models and save the new one.</source>
        <translation>Training nach %1 Schritten beendet. Als Nächstes: die Modelle vergleichen und das neue speichern.</translation>
    </message>
    <message>
        <source>Stopped at step %1. The checkpoint is kept: resume now, or the next time you open this wizard.</source>
        <translation>Bei Schritt %1 beendet. Der Zwischenstand bleibt erhalten: Jetzt fortsetzen oder beim nächsten Öffnen dieses Assistenten.</translation>
    </message>
</context>
<context>
    <name>colorized::jobs</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a COLORIZED model: %2</source>
        <translation>%1 ist kein COLORIZED-Modell: %2</translation>
    </message>
    <message>
        <source>Could not copy %1 into %2.</source>
        <translation>%1 konnte nicht nach %2 kopiert werden.</translation>
    </message>
    <message>
        <source>Give the model a name.</source>
        <translation>Geben Sie dem Modell einen Namen.</translation>
    </message>
    <message>
        <source>Could not save the model as %1: %2</source>
        <translation>Das Modell konnte nicht als %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 came with COLORIZED and cannot be renamed.</source>
        <translation>%1 gehört zu COLORIZED und kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>Could not rename the model: %1</source>
        <translation>Das Modell konnte nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <source>%1 came with COLORIZED and cannot be deleted.</source>
        <translation>%1 gehört zu COLORIZED und kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation>%1 konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Could not write the training state in %1 (%2).</source>
        <translation>Der Trainingsstand konnte nicht in %1 geschrieben werden (%2).</translation>
    </message>
</context>
<context>
    <name>colorized::models::ModelManagerDialog</name>
    <message>
        <source>%1 (%2 photographs)</source>
        <translation>%1 (%2 Fotos)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Ausgangsmodell</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Color difference</source>
        <translation>Farbabstand</translation>
    </message>
    <message>
        <source>Mean CIEDE2000 on the held-out photographs: base model, then fine-tuned. Lower is better.</source>
        <translation>Mittlerer CIEDE2000 auf den zurückgehaltenen Fotos: Ausgangsmodell, dann feinabgestimmt. Niedriger ist besser.</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Verwenden</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (aktiv)</translation>
    </message>
    <message>
        <source>Installed with COLORIZED</source>
        <translation>Mit COLORIZED installiert</translation>
    </message>
    <message>
        <source>Fine-tuned</source>
        <translation>Feinabgestimmt</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Unlesbar</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Models that came with COLORIZED cannot be deleted.</source>
        <translation>Modelle, die zu COLORIZED gehören, können nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>Diese Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Working resolution</source>
        <translation>Arbeitsauflösung</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>Held-out color difference (CIEDE2000)</source>
        <translation>Farbabstand auf zurückgehaltenen Fotos (CIEDE2000)</translation>
    </message>
    <message>
        <source>base model %1, this model %2</source>
        <translation>Ausgangsmodell %1, dieses Modell %2</translation>
    </message>
    <message>
        <source>Everything recorded about its training:</source>
        <translation>Alles, was über sein Training festgehalten wurde:</translation>
    </message>
    <message>
        <source>%1 is now the active model.</source>
        <translation>%1 ist jetzt das aktive Modell.</translation>
    </message>
    <message>
        <source>Rename model</source>
        <translation>Modell umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Renaming…</source>
        <translation>Wird umbenannt…</translation>
    </message>
    <message>
        <source>Delete the model?</source>
        <translation>Das Modell löschen?</translation>
    </message>
    <message>
        <source>The model %1 will be deleted from this computer. Colorized photographs are not affected.</source>
        <translation>Das Modell %1 wird von diesem Computer gelöscht. Kolorierte Fotos sind davon nicht betroffen.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Import a model</source>
        <translation>Ein Modell importieren</translation>
    </message>
    <message>
        <source>COLORIZED models (*.safetensors)</source>
        <translation>COLORIZED-Modelle (*.safetensors)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>The model was not imported</source>
        <translation>Das Modell wurde nicht importiert</translation>
    </message>
    <message>
        <source>Imported as %1.</source>
        <translation>Als %1 importiert.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Colorizes scanned black-and-white archive photographs with a diffusion model.</source>
        <translation>Koloriert gescannte Schwarzweiß-Archivfotos mit einem Diffusionsmodell.</translation>
    </message>
    <message>
        <source>Photographs or folders to open.</source>
        <translation>Zu öffnende Fotos oder Ordner.</translation>
    </message>
    <message>
        <source>Save the window to &lt;file&gt; once the photos are colorized, then quit.</source>
        <translation>Das Fenster nach dem Kolorieren der Fotos in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>Compare mode: result, original, split, side or candidates.</source>
        <translation>Vergleichsmodus: result, original, split, side oder candidates.</translation>
    </message>
    <message>
        <source>Milliseconds to wait before the screenshot.</source>
        <translation>Millisekunden Wartezeit vor dem Bildschirmfoto.</translation>
    </message>
</context>
</TS>