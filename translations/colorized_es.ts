<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="25"/>
        <source>Export the colorized photo</source>
        <translation>Exportar la foto coloreada</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exportdialog.cpp" line="25"/>
        <source>Export %n colorized photos</source>
        <translation>
            <numerusform>Exportar %n foto coloreada</numerusform>
            <numerusform>Exportar %n fotos coloreadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="30"/>
        <source>Exports are new files at full resolution; originals are never changed. Each carries its provenance (IPTC digital source type, model, seed, hints) in its metadata and in a .json file beside it.</source>
        <translation>Las exportaciones son archivos nuevos a resolución completa; los originales nunca se modifican. Cada una lleva su procedencia (tipo de fuente digital IPTC, modelo, semilla, pistas) en sus metadatos y en un archivo .json al lado.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="44"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="47"/>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="50"/>
        <source>PNG (lossless, keeps 16 bits)</source>
        <translation>PNG (sin pérdida, conserva 16 bits)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="51"/>
        <source>TIFF (lossless, keeps 16 bits)</source>
        <translation>TIFF (sin pérdida, conserva 16 bits)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="52"/>
        <source>JPEG (smaller, 8 bits)</source>
        <translation>JPEG (más pequeño, 8 bits)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="54"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="65"/>
        <source>JPEG quality:</source>
        <translation>Calidad JPEG:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="74"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="83"/>
        <source>JPEG keeps only 8 of the 16 bits per channel these scans have.</source>
        <translation>JPEG conserva solo 8 de los 16 bits por canal de estos escaneos.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="84"/>
        <source>These scans have 16 bits per channel; this format keeps them all.</source>
        <translation>Estos escaneos tienen 16 bits por canal; este formato los conserva todos.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="89"/>
        <source>Export folder</source>
        <translation>Carpeta de exportación</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="108"/>
        <source>Choose a folder that exists and that you can write to.</source>
        <translation>Elija una carpeta que exista y en la que pueda escribir.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="63"/>
        <source>%1 has no colorized result to export yet.</source>
        <translation>%1 aún no tiene un resultado coloreado que exportar.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="68"/>
        <source>Candidate %1 does not exist for %2.</source>
        <translation>El candidato %1 no existe para %2.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="72"/>
        <source>The export folder %1 does not exist.</source>
        <translation>La carpeta de exportación %1 no existe.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="77"/>
        <source>The original %1 is missing or has changed since it was colorized. Colorize it again before exporting.</source>
        <translation>El original %1 falta o ha cambiado desde que se coloreó. Vuelva a colorearlo antes de exportar.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="97"/>
        <source>%1 could not be prepared for export: %2</source>
        <translation>No se pudo preparar %1 para la exportación: %2</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="118"/>
        <source>%1 could not be written: %2 Check that the folder is writable and that the disk is not full.</source>
        <translation>No se pudo escribir %1: %2 Compruebe que se puede escribir en la carpeta y que el disco no está lleno.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="139"/>
        <source>%1 of %2 could not be shown: %3</source>
        <translation>No se pudo mostrar %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="164"/>
        <source>The candidates of %1 could not be shown: %2</source>
        <translation>No se pudieron mostrar los candidatos de %1: %2</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="113"/>
        <source>%1 was exported, but its provenance file %2 could not be written (the image itself carries the provenance).</source>
        <translation>%1 se exportó, pero no se pudo escribir su archivo de procedencia %2 (la imagen misma lleva la procedencia).</translation>
    </message>
    <message>
        <source>Candidate %1 of %2 could not be shown: %3</source>
        <translation type="vanished">No se pudo mostrar el candidato %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>HintsDock</name>
    <message>
        <location filename="../ui/hintsdock.cpp" line="34"/>
        <location filename="../ui/hintsdock.cpp" line="47"/>
        <source>Color hints</source>
        <translation>Pistas de color</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="39"/>
        <source>Where you know a color (a uniform, a painted door), pin it: the model follows hints when you colorize again or continue from a timeline frame. Only the hue and saturation of a picked color are used: its lightness always comes from the scan.</source>
        <translation>Donde conozca un color (un uniforme, una puerta pintada), fíjelo: el modelo sigue las pistas cuando vuelve a colorear o continúa desde un fotograma de la línea de tiempo. Solo se usan el tono y la saturación del color elegido: su luminosidad procede siempre del escaneo.</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="50"/>
        <source>&amp;Evidence:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="53"/>
        <source>Where the color is documented</source>
        <translation>Dónde está documentado el color</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="54"/>
        <source>The evidence for the selected hint&apos;s color (a record, a catalogue reference). It goes into the provenance of the export and into the report.</source>
        <translation>La fuente que documenta el color de la pista seleccionada (un documento, una signatura de catálogo). Se incluye en la procedencia de la exportación y en el informe.</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="56"/>
        <source>Evidence for the selected hint</source>
        <translation>Fuente de la pista seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="64"/>
        <source>Add hint on photo</source>
        <translation>Añadir pista en la foto</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="66"/>
        <source>Click on the photo to place a hint (H).</source>
        <translation>Haga clic en la foto para colocar una pista (H).</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="67"/>
        <source>Change color…</source>
        <translation>Cambiar color…</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="68"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="69"/>
        <source>Remove the selected hint (Delete).</source>
        <translation>Quitar la pista seleccionada (Supr).</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="70"/>
        <source>Remove all</source>
        <translation>Quitar todas</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="112"/>
        <source>%1. %2 at %3 %, %4 %</source>
        <translation>%1. %2 en %3 %, %4 %</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="119"/>
        <source>Double-click to change the color; drag the marker on the photo to move it.</source>
        <translation>Haga doble clic para cambiar el color; arrastre el marcador en la foto para moverlo.</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="120"/>
        <source>Evidence: %1</source>
        <translation>Fuente: %1</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../ui/imageviewer.cpp" line="72"/>
        <source>Drop photographs or folders here, or use File &gt; Open.</source>
        <translation>Suelte aquí fotografías o carpetas, o use Archivo &gt; Abrir.</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="471"/>
        <source>Candidates differ by (CIEDE2000)</source>
        <translation>Diferencia entre candidatos (CIEDE2000)</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="498"/>
        <source>%1 or more</source>
        <translation>%1 o más</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="522"/>
        <source>No candidates yet: colorize the photo first.</source>
        <translation>Aún no hay candidatos: coloree primero la foto.</translation>
    </message>
    <message>
        <source>Candidate %1 (chosen)</source>
        <translation type="vanished">Candidato %1 (elegido)</translation>
    </message>
    <message>
        <source>Candidate %1</source>
        <translation type="vanished">Candidato %1</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="551"/>
        <source>Original (not colorized yet)</source>
        <translation>Original (aún sin colorear)</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="552"/>
        <source>Colorized</source>
        <translation>Coloreado</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="562"/>
        <location filename="../ui/imageviewer.cpp" line="576"/>
        <location filename="../ui/imageviewer.cpp" line="585"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="33"/>
        <source>&amp;Colorized</source>
        <translation>&amp;Coloreado</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="34"/>
        <source>&amp;Original</source>
        <translation>&amp;Original</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="35"/>
        <source>&amp;Split View</source>
        <translation>Vista &amp;dividida</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="36"/>
        <source>Side &amp;by Side</source>
        <translation>&amp;Lado a lado</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="37"/>
        <source>Ca&amp;ndidates</source>
        <translation>Ca&amp;ndidatos</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="544"/>
        <source>%1 (chosen)</source>
        <translation>%1 (elegido)</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../ui/mainactions.cpp" line="25"/>
        <source>&amp;Open Photos…</source>
        <translation>&amp;Abrir fotos…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="26"/>
        <source>Open &amp;Folder…</source>
        <translation>Abrir &amp;carpeta…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="26"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="27"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="27"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="28"/>
        <source>Export &amp;All Colorized…</source>
        <translation>Exportar &amp;todas las coloreadas…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="28"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="32"/>
        <source>&amp;Remove from List</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="32"/>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="40"/>
        <location filename="../ui/mainactions.cpp" line="115"/>
        <source>&amp;Colorize</source>
        <translation>&amp;Colorear</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="40"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="41"/>
        <source>Colorize the selected photos (Ctrl+R)</source>
        <translation>Colorear las fotos seleccionadas (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="42"/>
        <source>Colorize A&amp;ll</source>
        <translation>Colorear t&amp;odas</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="42"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="43"/>
        <source>C&amp;ancel</source>
        <translation>C&amp;ancelar</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="44"/>
        <source>Cancel the running colorization (Esc)</source>
        <translation>Cancelar el coloreado en curso (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="45"/>
        <source>Cancel All</source>
        <translation>Cancelar todo</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="45"/>
        <source>Shift+Esc</source>
        <translation>Shift+Esc</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="47"/>
        <source>Continue from Selected &amp;Frame</source>
        <translation>Continuar desde el &amp;fotograma seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="47"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="48"/>
        <source>New &amp;Seed</source>
        <translation>Nueva &amp;semilla</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="48"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="35"/>
        <source>Place Color &amp;Hints</source>
        <translation>Colocar &amp;pistas de color</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="35"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="37"/>
        <source>Remove Selected Hint</source>
        <translation>Quitar la pista seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="62"/>
        <source>&amp;Toggle Original</source>
        <translation>&amp;Alternar con el original</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="62"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="63"/>
        <source>Flip between the original and the colorized photo (T)</source>
        <translation>Alternar entre el original y la foto coloreada (T)</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="64"/>
        <source>Show &amp;Uncertainty</source>
        <translation>Mostrar la &amp;incertidumbre</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="64"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="66"/>
        <source>Highlight where the candidates disagree: there the colors are a guess (U)</source>
        <translation>Resaltar dónde discrepan los candidatos: allí los colores son una conjetura (U)</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="72"/>
        <source>&amp;Play/Pause Timeline</source>
        <translation>&amp;Reproducir/pausar la línea de tiempo</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="96"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="33"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="108"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="38"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="120"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="67"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="14"/>
        <source>&amp;New Project</source>
        <translation>&amp;Nuevo proyecto</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="15"/>
        <source>Open &amp;Project…</source>
        <translation>Abrir &amp;proyecto…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="15"/>
        <source>Ctrl+Alt+O</source>
        <translation>Ctrl+Alt+O</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="16"/>
        <source>&amp;Save Project</source>
        <translation>&amp;Guardar proyecto</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="17"/>
        <source>Save the photos, hints, seeds and chosen candidates as a project (Ctrl+S)</source>
        <translation>Guardar las fotos, las pistas, las semillas y los candidatos elegidos como proyecto (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="18"/>
        <source>Save Project &amp;As…</source>
        <translation>Guardar proyecto co&amp;mo…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="19"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="22"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="23"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="23"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="29"/>
        <source>Export &amp;Report…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="30"/>
        <source>Write a printable PDF of the photo&apos;s colorization: model, seed, branch and every hint with its evidence</source>
        <translation>Escribir un PDF imprimible del coloreado de la foto: modelo, semilla, rama y cada pista con su fuente</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="59"/>
        <source>&amp;Review Collection</source>
        <translation>Re&amp;visar la colección</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="59"/>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="61"/>
        <source>Every photo as a tile with its review state: accept, redo or reject them from the keyboard (G)</source>
        <translation>Cada foto como miniatura con su estado de revisión: acéptela, mándela rehacer o recházela desde el teclado (G)</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="68"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="69"/>
        <source>Zoom O&amp;ut</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="70"/>
        <source>&amp;Fit to Window</source>
        <translation>A&amp;justar a la ventana</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="70"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="71"/>
        <source>&amp;Actual Pixels (100 %)</source>
        <translation>&amp;Tamaño real (100 %)</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="71"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="73"/>
        <source>Next Frame</source>
        <translation>Fotograma siguiente</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="73"/>
        <source>]</source>
        <translation>]</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="74"/>
        <source>Previous Frame</source>
        <translation>Fotograma anterior</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="74"/>
        <source>[</source>
        <translation>[</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="133"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="138"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="75"/>
        <source>&amp;About COLORIZED</source>
        <translation>&amp;Acerca de COLORIZED</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="140"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="84"/>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>COLORIZED</source>
        <translation>COLORIZED</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="154"/>
        <location filename="../ui/mainwindow.cpp" line="163"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="115"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="57"/>
        <source>Hint color: its lightness is not used, the scan&apos;s is kept (custom colors: what the candidates give here)</source>
        <translation>Color de la pista: no se usa su luminosidad, se conserva la del escaneo (colores personalizados: lo que dan los candidatos aquí)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="63"/>
        <source>Scans that hold color</source>
        <translation>Escaneos que ya tienen color</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="64"/>
        <source>%n of these scans already hold color (a color photograph, or a hand-tinted print).</source>
        <translation>
            <numerusform>%n de estos escaneos ya tiene color (una fotografía en color o una copia coloreada a mano).</numerusform>
            <numerusform>%n de estos escaneos ya tienen color (una fotografía en color o una copia coloreada a mano).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="67"/>
        <source>Colorizing replaces their colors with the model&apos;s guess from their luminance. The originals are never changed either way.</source>
        <translation>Colorear sustituye sus colores por la estimación del modelo a partir de su luminancia. Los originales nunca se modifican, en ningún caso.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="70"/>
        <source>Keep Their Colors</source>
        <translation>Conservar sus colores</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>Colorize Luminance</source>
        <translation>Colorear la luminancia</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>New project: add photographs with File &gt; Open or by dropping them here.</source>
        <translation>Proyecto nuevo: añada fotografías con Archivo &gt; Abrir o arrastrándolas aquí.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="197"/>
        <source>Open Project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <location filename="../ui/mainwindow.cpp" line="693"/>
        <source>COLORIZED projects (*.colorized)</source>
        <translation>Proyectos de COLORIZED (*.colorized)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="243"/>
        <source>About COLORIZED</source>
        <translation>Acerca de COLORIZED</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>&lt;p&gt;&lt;b&gt;COLORIZED %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Colorization of lost or ruined images employing diffusion.&lt;/p&gt;&lt;p&gt;Colors are an estimate made by a trained model; exports say so in their metadata and never replace the original.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;COLORIZED %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Coloreado de imágenes perdidas o dañadas mediante difusión.&lt;/p&gt;&lt;p&gt;Los colores son una estimación de un modelo entrenado; las exportaciones lo indican en sus metadatos y nunca sustituyen al original.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="389"/>
        <source>Drop photographs or folders here, or use File &gt; Open.</source>
        <translation>Suelte aquí fotografías o carpetas, o use Archivo &gt; Abrir.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="390"/>
        <source>No colorization model found: choose one in the Settings panel.</source>
        <translation>No se encontró ningún modelo de coloreado: elija uno en el panel Ajustes.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="485"/>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="487"/>
        <source>This scan already holds color: it is kept as it is. Colorize it (Ctrl+R) to choose whether its luminance should be colorized instead.</source>
        <translation>Este escaneo ya tiene color: se conserva tal cual. Coloréelo (Ctrl+R) para elegir si se colorea en su lugar su luminancia.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="590"/>
        <source>Exporting %n photo(s)…</source>
        <translation>
            <numerusform>Exportando %n foto…</numerusform>
            <numerusform>Exportando %n fotos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="590"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="593"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="617"/>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="618"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="627"/>
        <source>Export problems</source>
        <translation>Problemas de exportación</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="646"/>
        <source>the last session</source>
        <translation>la última sesión</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="658"/>
        <source>The project could not be opened.</source>
        <translation>No se pudo abrir el proyecto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="668"/>
        <source>Restored %n photo(s) from %1</source>
        <translation>
            <numerusform>%n foto restaurada desde %1</numerusform>
            <numerusform>%n fotos restauradas desde %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="669"/>
        <source>%n with a saved result, remade exactly when shown</source>
        <translation>
            <numerusform>%n con un resultado guardado, rehecho idéntico al mostrarse</numerusform>
            <numerusform>%n con un resultado guardado, rehecho idéntico al mostrarse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="670"/>
        <source>%n hint(s)</source>
        <translation>
            <numerusform>%n pista</numerusform>
            <numerusform>%n pistas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="672"/>
        <source>%n original(s) missing</source>
        <translation>
            <numerusform>falta %n original</numerusform>
            <numerusform>faltan %n originales</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="682"/>
        <location filename="../ui/mainwindow.cpp" line="700"/>
        <source>The project was not saved.</source>
        <translation>El proyecto no se ha guardado.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="685"/>
        <source>Project saved to %1.</source>
        <translation>Proyecto guardado en %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="691"/>
        <source>project</source>
        <translation>proyecto</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="693"/>
        <source>Save Project</source>
        <translation>Guardar proyecto</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="704"/>
        <source>Project saved to %1; changes are saved to it as you work.</source>
        <translation>Proyecto guardado en %1; los cambios se guardan en él mientras trabaja.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="715"/>
        <source>%n colorized photo(s) are not exported, and this project has no name yet.</source>
        <translation>
            <numerusform>%n foto coloreada no está exportada y este proyecto aún no tiene nombre.</numerusform>
            <numerusform>%n fotos coloreadas no están exportadas y este proyecto aún no tiene nombre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="718"/>
        <source>Save the project to keep the photos, hints, seeds and chosen candidates; discard to start afresh.</source>
        <translation>Guarde el proyecto para conservar las fotos, las pistas, las semillas y los candidatos elegidos; descártelo para empezar de cero.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="734"/>
        <source>Unnamed project</source>
        <translation>Proyecto sin nombre</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="735"/>
        <source>%1 — COLORIZED</source>
        <translation>%1 — COLORIZED</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="743"/>
        <source>Remove %n photo(s) from the list?</source>
        <translation>
            <numerusform>¿Quitar %n foto de la lista?</numerusform>
            <numerusform>¿Quitar %n fotos de la lista?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="744"/>
        <source>The files stay on disk. Edit &gt; Undo brings the photos back with their hints and results.</source>
        <translation>Los archivos permanecen en el disco. Editar &gt; Deshacer recupera las fotos con sus pistas y resultados.</translation>
    </message>
</context>
<context>
    <name>ModelLocator</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/modellocator.cpp" line="82"/>
        <source>No colorization model was found. Looked in: %1. Choose a model file with Settings &gt; Model &gt; Choose…, set the COLORIZED_MODEL environment variable, or train one with &quot;colorized-cli train&quot; as the README explains.</source>
        <translation>No se encontró ningún modelo de coloreado. Se buscó en: %1. Elija un archivo de modelo con Ajustes &gt; Modelo &gt; Elegir…, defina la variable de entorno COLORIZED_MODEL o entrene uno con «colorized-cli train» como explica el README.</translation>
    </message>
</context>
<context>
    <name>PhotoListModel</name>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="27"/>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="29"/>
        <source>Not colorized</source>
        <translation>Sin colorear</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="31"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="33"/>
        <source>Colorizing</source>
        <translation>Coloreando</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="35"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="37"/>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="46"/>
        <source>To review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="48"/>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="50"/>
        <source>Redo</source>
        <translation>Por rehacer</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="52"/>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="66"/>
        <source>Colorizing %1%</source>
        <translation>Coloreando %1 %</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="68"/>
        <source>Holds color: kept as it is</source>
        <translation>Ya tiene color: se conserva tal cual</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="70"/>
        <source>Saved result, remade when shown</source>
        <translation>Resultado guardado, se rehace al mostrarse</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="81"/>
        <source>%1 × %2 pixels, %3-bit</source>
        <translation>%1 × %2 píxeles, %3 bits</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="83"/>
        <source>This scan already holds color.</source>
        <translation>Este escaneo ya tiene color.</translation>
    </message>
</context>
<context>
    <name>PhotoLoader</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/photoloader.cpp" line="63"/>
        <source>%1 cannot be opened as a photograph: %2</source>
        <translation>%1 no se puede abrir como fotografía: %2</translation>
    </message>
</context>
<context>
    <name>PhotoOpener</name>
    <message>
        <location filename="../ui/photoopener.cpp" line="38"/>
        <source>Open photographs</source>
        <translation>Abrir fotografías</translation>
    </message>
    <message>
        <location filename="../ui/photoopener.cpp" line="39"/>
        <source>Images (%1);;All files (*)</source>
        <translation>Imágenes (%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/photoopener.cpp" line="49"/>
        <source>Open a folder of photographs</source>
        <translation>Abrir una carpeta de fotografías</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="17"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="22"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="27"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="31"/>
        <source>All cores (%1)</source>
        <translation>Todos los núcleos (%1)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="33"/>
        <source>Processor threads the colorization may use.</source>
        <translation>Hilos del procesador que puede usar el coloreado.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="34"/>
        <source>Threads:</source>
        <translation>Hilos:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="36"/>
        <source>Colorize photos as soon as they are added</source>
        <translation>Colorear las fotos en cuanto se añaden</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="41"/>
        <source>A new language applies to all windows after COLORIZED restarts.</source>
        <translation>Un nuevo idioma se aplica a todas las ventanas después de reiniciar COLORIZED.</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/projectio.cpp" line="103"/>
        <source>The project could not be saved to %1: %2.</source>
        <translation>No se pudo guardar el proyecto en %1: %2.</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/provenance.cpp" line="209"/>
        <source>The exported file %1 could not be reopened to add its provenance.</source>
        <translation>No se pudo volver a abrir el archivo exportado %1 para añadir su procedencia.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/provenance.cpp" line="220"/>
        <source>The provenance could not be written into %1: %2</source>
        <translation>No se pudo escribir la procedencia en %1: %2</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/provenance.cpp" line="250"/>
        <source>The provenance file %1 could not be written: %2</source>
        <translation>No se pudo escribir el archivo de procedencia %1: %2</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <location filename="../ui/recentfilesmenu.cpp" line="41"/>
        <source>Clear Recent</source>
        <translation>Borrar recientes</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="72"/>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="145"/>
        <source>Colorization report: %1</source>
        <translation>Informe de coloreado: %1</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="74"/>
        <source>The colors are a machine-learning estimate added to a black-and-white original; they are not a record of the original colors. Only the hints below rest on evidence.</source>
        <translation>Los colores son una estimación por aprendizaje automático añadida a un original en blanco y negro; no documentan los colores originales. Solo las pistas que siguen se basan en fuentes.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="81"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="81"/>
        <source>%1 (%2 × %3 pixels, %4-bit), SHA-256 %5</source>
        <translation>%1 (%2 × %3 píxeles, %4 bits), SHA-256 %5</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="88"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="88"/>
        <source>%1 (%2), SHA-256 %3</source>
        <translation>%1 (%2), SHA-256 %3</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="91"/>
        <source>Sampler</source>
        <translation>Muestreador</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="91"/>
        <source>%1, %2 steps, eta %3, working resolution %4 px%5</source>
        <translation>%1, %2 pasos, eta %3, resolución de trabajo %4 px%5</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="96"/>
        <source>, bfloat16</source>
        <translation>, bfloat16</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="41"/>
        <source>, classifier-free guidance %1</source>
        <translation>, guía sin clasificador %1</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="99"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="57"/>
        <source>%1; the consensus of %2 candidates</source>
        <translation>%1; el consenso de %2 candidatos</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="42"/>
        <source>, classifier-free guidance %1 over the noisiest %2 % of the timesteps</source>
        <translation>, guía sin clasificador %1 en el %2 % más ruidoso de los pasos de tiempo</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="51"/>
        <source>%1; candidate %2 of %3</source>
        <translation>%1; candidato %2 de %3</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="53"/>
        <source>%1; the consensus of %2 candidates, colors they disagree on damped by %3</source>
        <translation>%1; el consenso de %2 candidatos, con los colores en que discrepan atenuados en %3</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="100"/>
        <source>Branch</source>
        <translation>Rama</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="100"/>
        <source>A first colorization from noise.</source>
        <translation>Un primer coloreado a partir de ruido.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="103"/>
        <source>Hints kept</source>
        <translation>Pistas mantenidas</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="103"/>
        <source>strength %1 within %2 working pixels</source>
        <translation>intensidad %1 en un radio de %2 píxeles de trabajo</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="105"/>
        <source>Made</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="105"/>
        <source>%1 by %2</source>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="108"/>
        <source>Color hints</source>
        <translation>Pistas de color</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="110"/>
        <source>None: every color is the model&apos;s estimate.</source>
        <translation>Ninguna: cada color es la estimación del modelo.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="114"/>
        <source>Color</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="114"/>
        <source>CIE a*, b*</source>
        <translation>CIE a*, b*</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="115"/>
        <source>Position (x, y)</source>
        <translation>Posición (x, y)</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="115"/>
        <source>Evidence</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="125"/>
        <source>(none given)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="128"/>
        <source>A hint gives hue and saturation only: the lightness always comes from the original.</source>
        <translation>Una pista solo da el tono y la saturación: la luminosidad procede siempre del original.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="139"/>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="153"/>
        <source>The report %1 could not be written (%2). Choose another folder.</source>
        <translation>No se pudo escribir el informe %1 (%2). Elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/provenance.cpp" line="114"/>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/provenance.cpp" line="115"/>
        <source>Candidate %1</source>
        <translation>Candidato %1</translation>
    </message>
</context>
<context>
    <name>ReviewGrid</name>
    <message>
        <location filename="../ui/reviewgrid.cpp" line="57"/>
        <source>Export Accepted…</source>
        <translation>Exportar las aceptadas…</translation>
    </message>
    <message>
        <location filename="../ui/reviewgrid.cpp" line="75"/>
        <source>Show every photo.</source>
        <translation>Mostrar todas las fotos.</translation>
    </message>
    <message>
        <location filename="../ui/reviewgrid.cpp" line="78"/>
        <source>Show only the photos marked “%1”.</source>
        <translation>Mostrar solo las fotos marcadas «%1».</translation>
    </message>
    <message>
        <location filename="../ui/reviewgrid.cpp" line="80"/>
        <source>Export every accepted photo that has a result, with its provenance.</source>
        <translation>Exportar cada foto aceptada que tenga un resultado, con su procedencia.</translation>
    </message>
    <message>
        <location filename="../ui/reviewgrid.cpp" line="96"/>
        <source>Collection review</source>
        <translation>Revisión de la colección</translation>
    </message>
    <message>
        <location filename="../ui/reviewgrid.cpp" line="100"/>
        <source>A accept · R redo · X reject · U back to review · arrows move · Enter opens the photo</source>
        <translation>A aceptar · R rehacer · X rechazar · U volver a revisar · flechas para moverse · Intro abre la foto</translation>
    </message>
    <message>
        <location filename="../ui/reviewgrid.cpp" line="161"/>
        <source>All (%1)</source>
        <translation>Todas (%1)</translation>
    </message>
    <message>
        <location filename="../ui/reviewgrid.cpp" line="164"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ReviewTileDelegate</name>
    <message>
        <location filename="../ui/reviewtiledelegate.cpp" line="109"/>
        <source>Holds color</source>
        <translation>Tiene color</translation>
    </message>
</context>
<context>
    <name>Sampler</name>
    <message>
        <location filename="../model/core/colorized/core/samplerkind.h" line="30"/>
        <source>DDIM (fast, few steps)</source>
        <translation>DDIM (rápido, pocos pasos)</translation>
    </message>
    <message>
        <location filename="../model/core/colorized/core/samplerkind.h" line="31"/>
        <source>DDPM (every step, slow)</source>
        <translation>DDPM (todos los pasos, lento)</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../ui/session/session.cpp" line="98"/>
        <source>No photographs found in what was dropped or opened.</source>
        <translation>No se encontraron fotografías en lo que se soltó o abrió.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="112"/>
        <source>Added %n photo(s).</source>
        <translation>
            <numerusform>%n foto añadida.</numerusform>
            <numerusform>%n fotos añadidas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="237"/>
        <source>%1 already holds color: it is kept as it is unless you choose to colorize its luminance.</source>
        <translation>%1 ya tiene color: se conserva tal cual salvo que elija colorear su luminancia.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="288"/>
        <source>No colorization model is set: choose one in the Settings panel (Model).</source>
        <translation>No hay ningún modelo de coloreado: elija uno en el panel Ajustes (Modelo).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="306"/>
        <source>%n scan(s) already hold color and were left as they are: choose Colorize Luminance for a scan to colorize it anyway.</source>
        <translation>
            <numerusform>%n escaneo ya tiene color y se ha dejado tal cual: elija Colorear la luminancia para un escaneo si quiere colorearlo de todos modos.</numerusform>
            <numerusform>%n escaneos ya tienen color y se han dejado tal cual: elija Colorear la luminancia para un escaneo si quiere colorearlo de todos modos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="325"/>
        <source>The branches saved in the project are still being made again: continue once they are.</source>
        <translation>Las ramas guardadas en el proyecto todavía se están rehaciendo: continúe cuando hayan terminado.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="326"/>
        <source>Colorize the photo first, then pick a timeline frame to continue from.</source>
        <translation>Coloree primero la foto y luego elija un fotograma de la línea de tiempo desde el que continuar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="332"/>
        <source>Continuing from %1, step %2, with seed %3 and %n hint(s).</source>
        <translation>
            <numerusform>Continuando desde %1, paso %2, con la semilla %3 y %n pista.</numerusform>
            <numerusform>Continuando desde %1, paso %2, con la semilla %3 y %n pistas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="415"/>
        <source>Colorizing %1 (%n more waiting)…</source>
        <translation>
            <numerusform>Coloreando %1 (%n más en espera)…</numerusform>
            <numerusform>Coloreando %1 (%n más en espera)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="416"/>
        <source>Colorizing %1…</source>
        <translation>Coloreando %1…</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="466"/>
        <source>The original has changed since the project was saved: this result is not the saved one.</source>
        <translation>El original ha cambiado desde que se guardó el proyecto: este resultado no es el guardado.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="468"/>
        <source>The model file has changed since the project was saved: this result is not the saved one.</source>
        <translation>El archivo del modelo ha cambiado desde que se guardó el proyecto: este resultado no es el guardado.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="488"/>
        <source>%1 colorized in %2 s (seed %3).</source>
        <translation>%1 coloreado en %2 s (semilla %3).</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="511"/>
        <source>Colorizing %1 failed.</source>
        <translation>Falló el coloreado de %1.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="522"/>
        <source>Colorizing was cancelled.</source>
        <translation>Se canceló el coloreado.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="524"/>
        <source>Cancelled colorizing %1.</source>
        <translation>Coloreado de %1 cancelado.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="539"/>
        <source>Hint added. Colorize again (Ctrl+R) or continue from a timeline frame to use it.</source>
        <translation>Pista añadida. Vuelva a colorear (Ctrl+R) o continúe desde un fotograma de la línea de tiempo para usarla.</translation>
    </message>
    <message>
        <source>Candidate %1 chosen: it is the one exported.</source>
        <translation type="vanished">Candidato %1 elegido: es el que se exporta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="68"/>
        <source>Exporting… %n left.</source>
        <translation>
            <numerusform>Exportando… queda %n.</numerusform>
            <numerusform>Exportando… quedan %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="78"/>
        <source>Exported %n photo(s) to %1.</source>
        <translation>
            <numerusform>%n foto exportada a %1.</numerusform>
            <numerusform>%n fotos exportadas a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="74"/>
        <source>%n export(s) failed.</source>
        <translation>
            <numerusform>Falló %n exportación.</numerusform>
            <numerusform>Fallaron %n exportaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="76"/>
        <source>Export cancelled: %n photo(s) exported to %1 before.</source>
        <translation>
            <numerusform>Exportación cancelada: antes se exportó %n foto a %1.</numerusform>
            <numerusform>Exportación cancelada: antes se exportaron %n fotos a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Continuing candidate %1 from step %2 with seed %3 and %n hint(s).</source>
        <translation type="vanished">
            <numerusform>Continuando el candidato %1 desde el paso %2 con la semilla %3 y %n pista.</numerusform>
            <numerusform>Continuando el candidato %1 desde el paso %2 con la semilla %3 y %n pistas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="593"/>
        <source>%1 chosen: it is the one exported.</source>
        <translation>%1 elegido: es el que se exporta.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="683"/>
        <source>Branch %1 of %2: a colorization from noise.</source>
        <translation>Rama %1 de %2: un coloreado a partir de ruido.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="687"/>
        <source>Branch %1 of %2: continued from branch %3 at step %4 of %5 (its candidate %6, seed %7), re-noised with seed %8.</source>
        <translation>Rama %1 de %2: continuación de la rama %3 en el paso %4 de %5 (su candidato %6, semilla %7), con ruido nuevo de la semilla %8.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="702"/>
        <source>Nothing to report: colorize the photo first.</source>
        <translation>Nada que informar: coloree primero la foto.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="707"/>
        <source>The report would replace the original scan; choose another file name.</source>
        <translation>El informe sustituiría al escaneo original; elija otro nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="717"/>
        <source>Report written to %1.</source>
        <translation>Informe escrito en %1.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="727"/>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="739"/>
        <source>Nothing to export: colorize a photo first.</source>
        <translation>Nada que exportar: coloree primero una foto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="742"/>
        <source>Exporting %n photo(s)…</source>
        <translation>
            <numerusform>Exportando %n foto…</numerusform>
            <numerusform>Exportando %n fotos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="845"/>
        <source>The original is not at %1 any more (moved, renamed or deleted since the project was saved).</source>
        <translation>El original ya no está en %1 (movido, renombrado o eliminado desde que se guardó el proyecto).</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="912"/>
        <source>The original has changed since the project was saved (its SHA-256 differs): its result cannot be remade as it was.</source>
        <translation>El original ha cambiado desde que se guardó el proyecto (su SHA-256 es distinto): su resultado no puede rehacerse tal como era.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="916"/>
        <source>%n original(s) changed since the project was saved: see the photos marked in the list.</source>
        <translation>
            <numerusform>%n original ha cambiado desde que se guardó el proyecto: vea las fotos marcadas en la lista.</numerusform>
            <numerusform>%n originales han cambiado desde que se guardó el proyecto: vea las fotos marcadas en la lista.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionCommand</name>
    <message>
        <location filename="../ui/session/sessioncommands.cpp" line="58"/>
        <source>Add Hint</source>
        <translation>la adición de una pista</translation>
    </message>
    <message>
        <location filename="../ui/session/sessioncommands.cpp" line="60"/>
        <source>Move Hint</source>
        <translation>el desplazamiento de una pista</translation>
    </message>
    <message>
        <location filename="../ui/session/sessioncommands.cpp" line="62"/>
        <source>Change Hint Color</source>
        <translation>el cambio de color de una pista</translation>
    </message>
    <message>
        <location filename="../ui/session/sessioncommands.cpp" line="64"/>
        <source>Remove Hint</source>
        <translation>la eliminación de una pista</translation>
    </message>
    <message>
        <location filename="../ui/session/sessioncommands.cpp" line="66"/>
        <source>Clear Hints</source>
        <translation>el borrado de las pistas</translation>
    </message>
    <message>
        <location filename="../ui/session/sessioncommands.cpp" line="68"/>
        <source>Edit Hint Evidence</source>
        <translation>la edición de la fuente de una pista</translation>
    </message>
    <message>
        <location filename="../ui/session/sessioncommands.cpp" line="123"/>
        <source>Choose %1</source>
        <translation>la elección «%1»</translation>
    </message>
    <message>
        <source>Choose Candidate %1</source>
        <translation type="vanished">la elección del candidato %1</translation>
    </message>
    <message>
        <location filename="../ui/session/sessioncommands.cpp" line="135"/>
        <source>Switch to Branch %1</source>
        <translation>el cambio a la rama %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/sessioncommands.cpp" line="148"/>
        <source>Remove %n Photo(s)</source>
        <translation>
            <numerusform>la retirada de %n foto</numerusform>
            <numerusform>la retirada de %n fotos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDock</name>
    <message>
        <location filename="../ui/settingsdock.cpp" line="55"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="66"/>
        <source>Model file</source>
        <translation>Archivo de modelo</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="68"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="69"/>
        <source>Choose the model file (.safetensors) used to colorize.</source>
        <translation>Elegir el archivo de modelo (.safetensors) con el que colorear.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="72"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="85"/>
        <source>Sampler:</source>
        <translation>Muestreador:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="91"/>
        <source>More steps can give cleaner colors and take longer.</source>
        <translation>Más pasos pueden dar colores más limpios y tardan más.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="92"/>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="97"/>
        <source>The same photo, settings and seed give exactly the same result.</source>
        <translation>La misma foto, los mismos ajustes y la misma semilla dan exactamente el mismo resultado.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="99"/>
        <source>New seed</source>
        <translation>Nueva semilla</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="100"/>
        <source>Draw a new random seed (Ctrl+G).</source>
        <translation>Sortear una nueva semilla aleatoria (Ctrl+G).</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="103"/>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="107"/>
        <source>Several candidates are computed together; where they disagree, the uncertainty map lights up.</source>
        <translation>Se calculan varios candidatos a la vez; donde discrepan, el mapa de incertidumbre se ilumina.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="108"/>
        <source>Candidates:</source>
        <translation>Candidatos:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="112"/>
        <source>Model default</source>
        <translation>La del modelo</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="112"/>
        <source>%1 pixels</source>
        <translation>%1 píxeles</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="113"/>
        <source>Long side at which the model works; the result keeps the original&apos;s full resolution and detail.</source>
        <translation>Lado largo con el que trabaja el modelo; el resultado conserva la resolución completa y el detalle del original.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="114"/>
        <source>Working resolution:</source>
        <translation>Resolución de trabajo:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="116"/>
        <source>Reduced precision (bfloat16)</source>
        <translation>Precisión reducida (bfloat16)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="122"/>
        <source>Colorize</source>
        <translation>Colorear</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="123"/>
        <source>Colorize the selected photos with these settings (Ctrl+R).</source>
        <translation>Colorear las fotos seleccionadas con estos ajustes (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="147"/>
        <source> (%1 uses all %2)</source>
        <translation> (%1 usa los %2)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="161"/>
        <source>Uses the processor&apos;s native bfloat16 instructions; colors may differ very slightly from full precision. Measure the speed on this computer with colorized-cli bench.</source>
        <translation>Usa las instrucciones bfloat16 nativas del procesador; los colores pueden diferir muy ligeramente de los de precisión completa. Mida la velocidad en este equipo con colorized-cli bench.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="163"/>
        <source>Not available: this processor has no native bfloat16 instructions (AVX-512 BF16 or AMX), so reduced precision would be several times slower than full precision.</source>
        <translation>No disponible: este procesador no tiene instrucciones bfloat16 nativas (AVX-512 BF16 o AMX), por lo que la precisión reducida sería varias veces más lenta que la precisión completa.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="224"/>
        <source>%1 — works at %2 pixels, %3 diffusion steps.</source>
        <translation>%1 — trabaja a %2 píxeles, %3 pasos de difusión.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="226"/>
        <source>%1 — works at %2 pixels, %3 diffusion steps, classifier-free guidance %4.</source>
        <translation>%1 — trabaja a %2 píxeles, %3 pasos de difusión, guía sin clasificador %4.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="229"/>
        <source>%1 — works at %2 pixels, %3 diffusion steps, classifier-free guidance %4 over the noisiest %5 % of the steps.</source>
        <translation>%1 — trabaja a %2 píxeles, %3 pasos de difusión, guía sin clasificador %4 en el %5 % más ruidoso de los pasos.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="249"/>
        <source>Choose a colorization model</source>
        <translation>Elegir un modelo de coloreado</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="250"/>
        <source>Model files (*.safetensors)</source>
        <translation>Archivos de modelo (*.safetensors)</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../ui/statuspanel.cpp" line="52"/>
        <source>Model: loading…</source>
        <translation>Modelo: cargando…</translation>
    </message>
    <message>
        <location filename="../ui/statuspanel.cpp" line="44"/>
        <source>Model: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <location filename="../ui/statuspanel.cpp" line="57"/>
        <source>Model: none</source>
        <translation>Modelo: ninguno</translation>
    </message>
    <message>
        <location filename="../ui/statuspanel.cpp" line="39"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../ui/statuspanel.cpp" line="74"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/statuspanel.cpp" line="76"/>
        <source>Estimating time left…</source>
        <translation>Estimando el tiempo restante…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statuspanel.cpp" line="78"/>
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Queda aproximadamente %n segundo</numerusform>
            <numerusform>Quedan aproximadamente %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statuspanel.cpp" line="80"/>
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>Queda aproximadamente %n minuto</numerusform>
            <numerusform>Quedan aproximadamente %n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineDock</name>
    <message>
        <location filename="../ui/timelinedock.cpp" line="19"/>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="38"/>
        <source>Timeline frames</source>
        <translation>Fotogramas de la línea de tiempo</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="44"/>
        <source>Play the reverse process (Space)</source>
        <translation>Reproducir el proceso inverso (Espacio)</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="45"/>
        <location filename="../ui/timelinedock.cpp" line="236"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="50"/>
        <source>Scrub through the reverse process; the far right is the result.</source>
        <translation>Recorrer el proceso inverso; el extremo derecho es el resultado.</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="51"/>
        <source>Timeline position</source>
        <translation>Posición en la línea de tiempo</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="55"/>
        <source>Predicted result (x₀)</source>
        <translation>Resultado previsto (x₀)</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="56"/>
        <source>Noisy state (xₜ)</source>
        <translation>Estado con ruido (xₜ)</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="57"/>
        <source>What each frame shows: the model&apos;s guess of the final colors, or the noisy state being denoised.</source>
        <translation>Lo que muestra cada fotograma: la estimación del modelo de los colores finales o el estado con ruido que se está limpiando.</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="60"/>
        <source>Continue from here</source>
        <translation>Continuar desde aquí</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="61"/>
        <source>Run the rest of the process again from the selected frame of the chosen candidate, re-noised with the current seed and with the current hints. The result is a new branch; the one you continued from stays.</source>
        <translation>Volver a ejecutar el resto del proceso desde el fotograma seleccionado del candidato elegido, con ruido nuevo de la semilla actual y con las pistas actuales. El resultado es una rama nueva; la rama de la que partió se conserva.</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="70"/>
        <source>Every colorization and every continuation of this photo is a branch: choose the one to show and export.</source>
        <translation>Cada coloreado y cada continuación de esta foto es una rama: elija la que se muestra y se exporta.</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="72"/>
        <source>Branch</source>
        <translation>Rama</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="78"/>
        <location filename="../ui/timelinedock.cpp" line="213"/>
        <source>No frames yet.</source>
        <translation>Aún no hay fotogramas.</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="187"/>
        <source>%1: seed %2</source>
        <translation>%1: semilla %2</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="189"/>
        <source>%1: from %2, step %3, seed %4</source>
        <translation>%1: desde %2, paso %3, semilla %4</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="196"/>
        <source>No branches yet</source>
        <translation>Aún no hay ramas</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="213"/>
        <source>Final result.</source>
        <translation>Resultado final.</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="236"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="31"/>
        <source>Step %1 of %2, t = %3: predicted result</source>
        <translation>Paso %1 de %2, t = %3: resultado previsto</translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="32"/>
        <source>Step %1 of %2, t = %3: noisy state</source>
        <translation>Paso %1 de %2, t = %3: estado con ruido</translation>
    </message>
</context>
<context>
    <name>colorized::finetune::FineTuneWizard</name>
    <message>
        <location filename="../ui/finetune/finetunewizard.cpp" line="22"/>
        <source>Fine-tune the colorization model</source>
        <translation>Ajustar el modelo de coloreado</translation>
    </message>
    <message>
        <location filename="../ui/finetune/finetunewizard.cpp" line="67"/>
        <source>Stop the training?</source>
        <translation>¿Detener el entrenamiento?</translation>
    </message>
    <message>
        <location filename="../ui/finetune/finetunewizard.cpp" line="68"/>
        <source>Training is still running. If you close this window it stops after the current step; the run is kept and this wizard offers to resume it next time.</source>
        <translation>El entrenamiento sigue en marcha. Si cierra esta ventana, se detiene tras el paso actual; la ejecución se conserva y este asistente ofrecerá reanudarla la próxima vez.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/toolsactions.cpp" line="15"/>
        <source>&amp;Fine-tune model…</source>
        <translation>&amp;Ajustar el modelo…</translation>
    </message>
    <message>
        <location filename="../ui/finetune/toolsactions.cpp" line="17"/>
        <source>Teach the model your collection&apos;s colors from your own photographs.</source>
        <translation>Enseñar al modelo los colores de su colección a partir de sus propias fotografías.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/toolsactions.cpp" line="39"/>
        <source>&amp;Models…</source>
        <translation>&amp;Modelos…</translation>
    </message>
    <message>
        <location filename="../ui/finetune/toolsactions.cpp" line="41"/>
        <source>See, switch, rename, import and delete colorization models.</source>
        <translation>Ver, cambiar, renombrar, importar y eliminar modelos de coloreado.</translation>
    </message>
</context>
<context>
    <name>colorized::finetune::FolderPage</name>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="26"/>
        <source>Photographs to learn from</source>
        <translation>Fotografías de las que aprender</translation>
    </message>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="27"/>
        <source>Choose a folder with your collection&apos;s photographs. COLORIZED learns how your photographs are colored; the model you start from is never changed.</source>
        <translation>Elija una carpeta con las fotografías de su colección. COLORIZED aprende cómo están coloreadas sus fotografías; el modelo de partida nunca se modifica.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="35"/>
        <source>&lt;p&gt;The folder can be laid out in any of these ways, or mix them:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Two subfolders&lt;/b&gt; &lt;tt&gt;gray/&lt;/tt&gt; and &lt;tt&gt;color/&lt;/tt&gt;: a scan in &lt;tt&gt;gray/&lt;/tt&gt; and the color version of the same photograph in &lt;tt&gt;color/&lt;/tt&gt;, with the same file name (&lt;tt&gt;gray/p001.tif&lt;/tt&gt; and &lt;tt&gt;color/p001.jpg&lt;/tt&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Side by side&lt;/b&gt;: the scan &lt;tt&gt;p001.tif&lt;/tt&gt; next to its color version &lt;tt&gt;p001_color.jpg&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Color photographs alone&lt;/b&gt;: photographs of your region and era in color; their own lightness becomes the input.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The next page lists what was found and every file that cannot be used, and why. Some photographs are set aside to measure the result.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La carpeta puede organizarse de cualquiera de estas formas, o combinarlas:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Dos subcarpetas&lt;/b&gt; &lt;tt&gt;gray/&lt;/tt&gt; y &lt;tt&gt;color/&lt;/tt&gt;: un escaneo en &lt;tt&gt;gray/&lt;/tt&gt; y la versión en color de la misma fotografía en &lt;tt&gt;color/&lt;/tt&gt;, con el mismo nombre de archivo (&lt;tt&gt;gray/p001.tif&lt;/tt&gt; y &lt;tt&gt;color/p001.jpg&lt;/tt&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lado a lado&lt;/b&gt;: el escaneo &lt;tt&gt;p001.tif&lt;/tt&gt; junto a su versión en color &lt;tt&gt;p001_color.jpg&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Solo fotografías en color&lt;/b&gt;: fotografías en color de su región y época; su propia luminosidad se usa como entrada.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;La página siguiente enumera lo encontrado y cada archivo que no se puede usar, con el motivo. Algunas fotografías se apartan para medir el resultado.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="50"/>
        <location filename="../ui/finetune/folderpage.cpp" line="129"/>
        <source>Folder of photographs</source>
        <translation>Carpeta de fotografías</translation>
    </message>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="51"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="61"/>
        <source>Interrupted training</source>
        <translation>Entrenamiento interrumpido</translation>
    </message>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="65"/>
        <source>&amp;Resume it</source>
        <translation>&amp;Reanudarlo</translation>
    </message>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="67"/>
        <source>&amp;Discard it</source>
        <translation>&amp;Descartarlo</translation>
    </message>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="106"/>
        <source>A fine-tuning run on %1 stopped at step %2 of %3 (%4). It can continue from there.</source>
        <translation>Un ajuste fino sobre %1 se detuvo en el paso %2 de %3 (%4). Puede continuar desde ahí.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="149"/>
        <source>Discard the interrupted training?</source>
        <translation>¿Descartar el entrenamiento interrumpido?</translation>
    </message>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="150"/>
        <source>The interrupted run and its checkpoint will be deleted. Your photographs and models are not touched.</source>
        <translation>Se eliminarán la ejecución interrumpida y su punto de control. Sus fotografías y modelos no se tocan.</translation>
    </message>
</context>
<context>
    <name>colorized::finetune::LossChart</name>
    <message>
        <location filename="../ui/finetune/losschart.cpp" line="25"/>
        <source>Loss (lower is better)</source>
        <translation>Pérdida (menor es mejor)</translation>
    </message>
    <message>
        <location filename="../ui/finetune/losschart.cpp" line="30"/>
        <source>Training (smoothed)</source>
        <translation>Entrenamiento (suavizado)</translation>
    </message>
    <message>
        <location filename="../ui/finetune/losschart.cpp" line="32"/>
        <source>Held-out photographs</source>
        <translation>Fotografías apartadas</translation>
    </message>
    <message>
        <location filename="../ui/finetune/losschart.cpp" line="41"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
</context>
<context>
    <name>colorized::finetune::ReportPage</name>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="24"/>
        <source>What the folder holds</source>
        <translation>Contenido de la carpeta</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="25"/>
        <source>Matched pairs and color photographs are used; the files listed below are left out.</source>
        <translation>Se usan los pares emparejados y las fotografías en color; los archivos de abajo se dejan fuera.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="44"/>
        <source>Set aside for measuring:</source>
        <translation>Apartadas para medir:</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="49"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="49"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="88"/>
        <source>Reading the photographs…</source>
        <translation>Leyendo las fotografías…</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="117"/>
        <source>The file cannot be read as an image.</source>
        <translation>El archivo no se puede leer como imagen.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="119"/>
        <source>The image is too small to learn from.</source>
        <translation>La imagen es demasiado pequeña para aprender de ella.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="121"/>
        <source>Another file has the same name; rename one of them.</source>
        <translation>Otro archivo tiene el mismo nombre; cambie el nombre de uno de ellos.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="123"/>
        <source>This scan has no color version with the same name.</source>
        <translation>Este escaneo no tiene una versión en color con el mismo nombre.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="125"/>
        <source>The scan and its color version have different shapes, so they cannot be matched.</source>
        <translation>El escaneo y su versión en color tienen formas distintas, así que no se pueden emparejar.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="127"/>
        <source>The &quot;color&quot; file has no color.</source>
        <translation>El archivo «en color» no tiene color.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="129"/>
        <source>The &quot;color&quot; file is toned (sepia or similar) or tinted in one color.</source>
        <translation>El archivo «en color» está virado (sepia o similar) o teñido de un solo color.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="131"/>
        <source>Not an image file.</source>
        <translation>No es un archivo de imagen.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="132"/>
        <source>The file cannot be used.</source>
        <translation>El archivo no se puede usar.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="146"/>
        <source>The folder cannot be read: %1</source>
        <translation>No se puede leer la carpeta: %1</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="149"/>
        <source>%1 photographs can be used: %2 matched pairs of a scan and its color version, and %3 color photographs used with their own lightness.</source>
        <translation>Se pueden usar %1 fotografías: %2 pares de un escaneo y su versión en color, y %3 fotografías en color usadas con su propia luminosidad.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/finetune/reportpage.cpp" line="155"/>
        <source>%n file(s) are left out:</source>
        <translation>
            <numerusform>Se deja fuera %n archivo:</numerusform>
            <numerusform>Se dejan fuera %n archivos:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="157"/>
        <source>Fine-tuning needs at least two usable photographs.</source>
        <translation>El ajuste fino necesita al menos dos fotografías utilizables.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="168"/>
        <source>Its partner: %1.</source>
        <translation>Su archivo asociado: %1.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="185"/>
        <source>%1 of %2 photographs are set aside: the model does not learn from them, and the last page compares the old and the new model on them.</source>
        <translation>Se apartan %1 de %2 fotografías: el modelo no aprende de ellas y la última página compara con ellas el modelo antiguo y el nuevo.</translation>
    </message>
</context>
<context>
    <name>colorized::finetune::ResultPage</name>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="41"/>
        <source>Color difference (CIEDE2000)</source>
        <translation>Diferencia de color (CIEDE2000)</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="42"/>
        <source>Mean perceived difference from the true colors. Lower is better; under 2 is hard to see.</source>
        <translation>Diferencia media percibida respecto a los colores reales. Menor es mejor; por debajo de 2 apenas se nota.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="45"/>
        <source>Colorfulness</source>
        <translation>Colorido</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="46"/>
        <source>How vivid the colors are (Hasler and Suesstrunk). Closer to the true photographs&apos; value is better.</source>
        <translation>Lo vivos que son los colores (Hasler y Süsstrunk). Cuanto más cerca del valor de las fotografías reales, mejor.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="50"/>
        <source>PSNR (dB)</source>
        <translation>PSNR (dB)</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="51"/>
        <source>Pixel agreement with the true colors. Higher is better.</source>
        <translation>Coincidencia de píxeles con los colores reales. Mayor es mejor.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="53"/>
        <source>SSIM</source>
        <translation>SSIM</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="54"/>
        <source>Structural agreement with the true colors, 0 to 1. Higher is better.</source>
        <translation>Coincidencia estructural con los colores reales, de 0 a 1. Mayor es mejor.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="64"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="69"/>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="69"/>
        <location filename="../ui/finetune/resultpage.cpp" line="150"/>
        <source>Base model</source>
        <translation>Modelo base</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="69"/>
        <location filename="../ui/finetune/resultpage.cpp" line="151"/>
        <source>Fine-tuned</source>
        <translation>Ajustado</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="85"/>
        <source>&amp;Use the new model from now on</source>
        <translation>&amp;Usar el nuevo modelo a partir de ahora</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="90"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="91"/>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/finetune/resultpage.cpp" line="104"/>
        <source>Both models colorized the %n photograph(s) shown below, which were set aside and never learned from; here is how close each model came to the true colors.</source>
        <translation>
            <numerusform>Ambos modelos colorearon la fotografía de abajo, apartada y nunca usada para aprender; así de cerca quedó cada modelo de los colores reales.</numerusform>
            <numerusform>Ambos modelos colorearon las %n fotografías de abajo, apartadas y nunca usadas para aprender; así de cerca quedó cada modelo de los colores reales.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="118"/>
        <source>Colorfulness (true colors: %1)</source>
        <translation>Colorido (colores reales: %1)</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="122"/>
        <source>identical</source>
        <translation>idéntico</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="146"/>
        <source>The fine-tuned model came out farther from the true colors than the base model, so it is not made the active model unless you tick this.</source>
        <translation>El modelo ajustado se aleja más de los colores reales que el modelo base, así que no pasa a ser el modelo activo a menos que marque esta casilla.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="149"/>
        <source>True colors</source>
        <translation>Colores reales</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="158"/>
        <source>%1, tuned on %2</source>
        <translation>%1, ajustado con %2</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="161"/>
        <source>Fine-tuned from %1 for %2 steps on %3 photographs of the folder %4.</source>
        <translation>Ajustado a partir de %1 durante %2 pasos con %3 fotografías de la carpeta %4.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="174"/>
        <source>The model was not saved</source>
        <translation>El modelo no se guardó</translation>
    </message>
</context>
<context>
    <name>colorized::finetune::SettingsPage</name>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="33"/>
        <source>Training settings</source>
        <translation>Ajustes del entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="34"/>
        <source>The defaults suit a laptop. More steps learn more and take longer.</source>
        <translation>Los valores predeterminados sirven para un portátil. Más pasos aprenden más y tardan más.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="36"/>
        <source>Start &amp;training</source>
        <translation>Iniciar el &amp;entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="52"/>
        <source>How far each step moves the model. Lower is gentler: the model keeps more of what it knew.</source>
        <translation>Cuánto mueve cada paso el modelo. Menor es más suave: el modelo conserva más de lo que sabía.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="58"/>
        <source>Photographs per step. Larger batches give steadier steps and take longer each.</source>
        <translation>Fotografías por paso. Lotes mayores dan pasos más estables y cada uno tarda más.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="61"/>
        <source>Side of the square pieces the model learns from, in pixels. Keep the base model&apos;s resolution unless you know better.</source>
        <translation>Lado de los recortes cuadrados de los que aprende el modelo, en píxeles. Mantenga la resolución del modelo base salvo que sepa lo que hace.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="68"/>
        <source>Start from model:</source>
        <translation>Partir del modelo:</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="69"/>
        <source>Training steps:</source>
        <translation>Pasos de entrenamiento:</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="71"/>
        <source>Learning rate:</source>
        <translation>Tasa de aprendizaje:</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="72"/>
        <source>Batch size:</source>
        <translation>Tamaño de lote:</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="73"/>
        <source>Resolution:</source>
        <translation>Resolución:</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="100"/>
        <source>%1 (installed with COLORIZED)</source>
        <translation>%1 (instalado con COLORIZED)</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="130"/>
        <source>%1 px (the model&apos;s own)</source>
        <translation>%1 px (la del modelo)</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="130"/>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="219"/>
        <source>Each of your %1 training photographs is seen about %2 times.</source>
        <translation>Cada una de sus %1 fotografías de entrenamiento se ve unas %2 veces.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="223"/>
        <source>The time could not be estimated: the model could not be loaded.</source>
        <translation>No se pudo estimar el tiempo: no se pudo cargar el modelo.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="227"/>
        <source>Measuring a training step on this computer…</source>
        <translation>Midiendo un paso de entrenamiento en este equipo…</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="231"/>
        <source>One step takes about %1 s on this computer, so %2 steps with the previews and the comparison at the end take about %3. You can pause or stop at any time; a stopped run can be resumed.</source>
        <translation>Un paso tarda unos %1 s en este equipo, así que %2 pasos, con las vistas previas y la comparación final, tardan unos %3. Puede pausar o detener en cualquier momento; un entrenamiento detenido se puede reanudar.</translation>
    </message>
</context>
<context>
    <name>colorized::finetune::TrainingPage</name>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="34"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="35"/>
        <source>You can keep working in COLORIZED meanwhile. Stopping keeps what was learned so far: the run can be resumed later, also after closing the application.</source>
        <translation>Mientras tanto puede seguir trabajando en COLORIZED. Detener conserva lo aprendido hasta ahora: la ejecución se puede reanudar más tarde, también tras cerrar la aplicación.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="49"/>
        <location filename="../ui/finetune/trainingpage.cpp" line="100"/>
        <location filename="../ui/finetune/trainingpage.cpp" line="155"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="51"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="53"/>
        <source>Stops after the current step and keeps a checkpoint, so the run can be resumed.</source>
        <translation>Se detiene tras el paso actual y guarda un punto de control para poder reanudar.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="54"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="64"/>
        <source>Stopping after the current step…</source>
        <translation>Deteniendo tras el paso actual…</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="93"/>
        <source>True colors</source>
        <translation>Colores reales</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="95"/>
        <source>Base model</source>
        <translation>Modelo base</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="97"/>
        <source>After step %1</source>
        <translation>Tras el paso %1</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="100"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="102"/>
        <source>Paused. A checkpoint was saved: closing the window now loses nothing.</source>
        <translation>En pausa. Se guardó un punto de control: cerrar la ventana ahora no pierde nada.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="104"/>
        <source>Training…</source>
        <translation>Entrenando…</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="164"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="165"/>
        <source>Step %1 of %2, about %3 left (%4 photographs per second).</source>
        <translation>Paso %1 de %2, quedan unos %3 (%4 fotografías por segundo).</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="179"/>
        <source>Training finished after %1 steps. Next: compare the models and save the new one.</source>
        <translation>Entrenamiento terminado tras %1 pasos. Siguiente: comparar los modelos y guardar el nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="188"/>
        <source>Stopped at step %1. The checkpoint is kept: resume now, or the next time you open this wizard.</source>
        <translation>Detenido en el paso %1. El punto de control se conserva: reanude ahora o la próxima vez que abra este asistente.</translation>
    </message>
</context>
<context>
    <name>colorized::jobs::ColorizeWorker</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="81"/>
        <source>No colorization model is set. Choose a model file in the Settings panel (Model), or install the default model; the README explains how to train one with colorized-cli train.</source>
        <translation>No hay ningún modelo de coloreado. Elija un archivo de modelo en el panel Ajustes (Modelo) o instale el modelo predeterminado; el README explica cómo entrenar uno con colorized-cli train.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="85"/>
        <source>The model file %1 does not exist. Choose another model in the Settings panel.</source>
        <translation>El archivo de modelo %1 no existe. Elija otro modelo en el panel Ajustes.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="94"/>
        <source>The model file %1 could not be loaded: %2 Choose another model in the Settings panel.</source>
        <translation>No se pudo cargar el archivo de modelo %1: %2 Elija otro modelo en el panel Ajustes.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="145"/>
        <source>%1 could not be opened: %2 Check that it is a JPEG, PNG or TIFF image and that the file is complete.</source>
        <translation>No se pudo abrir %1: %2 Compruebe que es una imagen JPEG, PNG o TIFF y que el archivo está completo.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="183"/>
        <source>The selected timeline frame can no longer be continued. Colorize the photo again.</source>
        <translation>Ya no se puede continuar desde el fotograma seleccionado de la línea de tiempo. Vuelva a colorear la foto.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="294"/>
        <source>Colorizing %1 failed: %2 Try another working resolution or model; if it keeps failing, please report it.</source>
        <translation>Falló el coloreado de %1: %2 Pruebe otra resolución de trabajo u otro modelo; si sigue fallando, infórmenos.</translation>
    </message>
</context>
<context>
    <name>colorized::jobs::ModelStore</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="68"/>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="179"/>
        <source>The file %1 does not exist.</source>
        <translation>El archivo %1 no existe.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="188"/>
        <source>%1 is not a COLORIZED model: %2</source>
        <translation>%1 no es un modelo de COLORIZED: %2</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="204"/>
        <source>Could not copy %1 into %2.</source>
        <translation>No se pudo copiar %1 en %2.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="215"/>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="239"/>
        <source>Give the model a name.</source>
        <translation>Dé un nombre al modelo.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="224"/>
        <source>Could not save the model as %1: %2</source>
        <translation>No se pudo guardar el modelo como %1: %2</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="235"/>
        <source>%1 came with COLORIZED and cannot be renamed.</source>
        <translation>%1 viene con COLORIZED y no se puede renombrar.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="246"/>
        <source>Could not rename the model: %1</source>
        <translation>No se pudo renombrar el modelo: %1</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="259"/>
        <source>%1 came with COLORIZED and cannot be deleted.</source>
        <translation>%1 viene con COLORIZED y no se puede eliminar.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="263"/>
        <source>Could not delete %1.</source>
        <translation>No se pudo eliminar %1.</translation>
    </message>
</context>
<context>
    <name>colorized::jobs::TrainWorker</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="148"/>
        <source>Could not write the training state in %1 (%2).</source>
        <translation>No se pudo escribir el estado del entrenamiento en %1 (%2).</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="174"/>
        <source>Fine-tuning stopped: %1</source>
        <translation>El ajuste fino se detuvo: %1</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="183"/>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="191"/>
        <source>The folder %1 holds no fine-tuning run to resume.</source>
        <translation>La carpeta %1 no contiene ningún ajuste fino que reanudar.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="217"/>
        <source>Reading the photographs…</source>
        <translation>Leyendo las fotografías…</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="266"/>
        <source>Colorizing the held-out photographs with the base model…</source>
        <translation>Coloreando las fotografías apartadas con el modelo base…</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="311"/>
        <source>Training…</source>
        <translation>Entrenando…</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="362"/>
        <source>Colorizing the held-out photographs with the fine-tuned model…</source>
        <translation>Coloreando las fotografías apartadas con el modelo ajustado…</translation>
    </message>
</context>
<context>
    <name>colorized::models::ModelManagerDialog</name>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="63"/>
        <source>%1 (%2 photographs)</source>
        <translation>%1 (%2 fotografías)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="75"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="79"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="79"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="79"/>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="251"/>
        <source>Base model</source>
        <translation>Modelo base</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="79"/>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="252"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="79"/>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="253"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="79"/>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="254"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="80"/>
        <source>Color difference</source>
        <translation>Diferencia de color</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="81"/>
        <source>Mean CIEDE2000 on the held-out photographs: base model, then fine-tuned. Lower is better.</source>
        <translation>CIEDE2000 medio en las fotografías apartadas: modelo base y luego ajustado. Menor es mejor.</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="96"/>
        <source>&amp;Use</source>
        <translation>&amp;Usar</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="98"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="100"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="102"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="104"/>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="175"/>
        <source>%1 (active)</source>
        <translation>%1 (activo)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="180"/>
        <source>Installed with COLORIZED</source>
        <translation>Instalado con COLORIZED</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="180"/>
        <source>Fine-tuned</source>
        <translation>Ajustado</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="180"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="182"/>
        <source>Unreadable</source>
        <translation>Ilegible</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="190"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="231"/>
        <source>Models that came with COLORIZED cannot be deleted.</source>
        <translation>Los modelos que vienen con COLORIZED no se pueden eliminar.</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="242"/>
        <source>This file cannot be read: %1</source>
        <translation>No se puede leer este archivo: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="248"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="249"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="250"/>
        <source>Working resolution</source>
        <translation>Resolución de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="250"/>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="257"/>
        <source>Held-out color difference (CIEDE2000)</source>
        <translation>Diferencia de color en las fotografías apartadas (CIEDE2000)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="258"/>
        <source>base model %1, this model %2</source>
        <translation>modelo base %1, este modelo %2</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="262"/>
        <source>Everything recorded about its training:</source>
        <translation>Todo lo registrado sobre su entrenamiento:</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="274"/>
        <source>%1 is now the active model.</source>
        <translation>%1 es ahora el modelo activo.</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="291"/>
        <source>Rename model</source>
        <translation>Renombrar el modelo</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="298"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="299"/>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="309"/>
        <source>Renaming…</source>
        <translation>Renombrando…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="325"/>
        <source>Delete the model?</source>
        <translation>¿Eliminar el modelo?</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="326"/>
        <source>The model %1 will be deleted from this computer. Colorized photographs are not affected.</source>
        <translation>El modelo %1 se eliminará de este equipo. Las fotografías coloreadas no se ven afectadas.</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="339"/>
        <source>%1 was deleted.</source>
        <translation>%1 se eliminó.</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="354"/>
        <source>Import a model</source>
        <translation>Importar un modelo</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="355"/>
        <source>COLORIZED models (*.safetensors)</source>
        <translation>Modelos de COLORIZED (*.safetensors)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="358"/>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="363"/>
        <source>The model was not imported</source>
        <translation>El modelo no se importó</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="366"/>
        <source>Imported as %1.</source>
        <translation>Importado como %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="97"/>
        <source>Colorizes scanned black-and-white archive photographs with a diffusion model.</source>
        <translation>Colorea fotografías de archivo en blanco y negro escaneadas con un modelo de difusión.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="102"/>
        <source>Photographs or folders to open.</source>
        <translation>Fotografías o carpetas que abrir.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="105"/>
        <source>Save the window to &lt;file&gt; once the photos are colorized, then quit.</source>
        <translation>Guardar la ventana en &lt;file&gt; una vez coloreadas las fotos y salir.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="108"/>
        <source>Compare mode, one of: %1.</source>
        <translation>Modo de comparación, uno de: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="112"/>
        <source>Milliseconds to wait before the screenshot.</source>
        <translation>Milisegundos de espera antes de la captura de pantalla.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="115"/>
        <source>Start in the collection review (View &gt; Review Collection).</source>
        <translation>Empezar en la revisión de la colección (Ver &gt; Revisar la colección).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="126"/>
        <source>Unknown compare mode &quot;%1&quot;: use one of %2.</source>
        <translation>Modo de comparación «%1» desconocido: use uno de %2.</translation>
    </message>
</context>
</TS>
