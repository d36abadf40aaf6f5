; Inno Setup script for Medbetjening (Inno Setup 6).
;
; Build the PyInstaller bundle on Windows first, then compile this script:
;   pyinstaller --noconfirm --distpath build\dist --workpath build\work packaging\medbetjening.spec
;   iscc packaging\windows\medbetjening.iss
; The installer is written to build\installer\.
;
; - per-machine install into Program Files (administrator rights), Start-menu entry;
; - the user's data (database, settings, keys, backups in %LOCALAPPDATA%\medbetjening,
;   or MEDBETJENING_HOME) is never part of the installation: uninstalling keeps it,
;   unless the person uninstalling answers Yes to the question (never in silent mode).

#define AppName "Medbetjening"
#define AppVersion "0.1.0"
#define AppExe "medbetjening.exe"
#define Bundle "..\..\build\dist\medbetjening"

[Setup]
AppId={{6A0F3D2E-8C41-4B7A-9E55-2D1C7B8E4F10}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Medbetjening
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\build\installer
OutputBaseFilename=medbetjening-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\medbetjening.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
danish.DeleteData=Vil du også slette dine data (besøg, indstillinger og nøgler) i %1?%n%nVælg Nej for at beholde dem.
english.DeleteData=Do you also want to delete your data (visits, settings and keys) in %1?%n%nChoose No to keep them.
danish.StartApp=Start Medbetjening
english.StartApp=Start Medbetjening

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:StartApp}"; Flags: nowait postinstall skipifsilent

; Only the program folder is removed on uninstall; [UninstallDelete] names nothing of
; the user's data. Data is deleted only when the person uninstalling asks for it:
[Code]
function UserDataDir(): String;
begin
  Result := GetEnv('MEDBETJENING_HOME');
  if Result = '' then
    Result := ExpandConstant('{localappdata}\medbetjening');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() then
  begin
    DataDir := UserDataDir();
    if DirExists(DataDir) and
       (MsgBox(FmtMessage(CustomMessage('DeleteData'), [DataDir]), mbConfirmation,
               MB_YESNO or MB_DEFBUTTON2) = IDYES) then
      DelTree(DataDir, True, True, True);
  end;
end;
