#!/usr/bin/env python3
"""Builds tests/data/reports.jsonl from the hand-written synthetic reports below.

Every report text and every label in this file was written individually by hand;
nothing is generated from templates. The only programmatic touches are:
  * ids are assigned from the position in the list and the split from the id (fixed rule,
    see split_for and README.md);
  * reports written with caps=True are converted to upper case (their labels were
    written for the upper-cased text and stay valid).

Label codes: P = present, A = absent, U = uncertain, N = not_mentioned.
Laterality: "n=rechts c=links" style, keys n (nodule), p (pneumothorax), c (consolidation);
values rechts | links | beiderzijds. Only for present/uncertain findings whose side is stated.

Run: python3 tests/data/build_corpus.py   (writes tests/data/reports.jsonl)
"""
import hashlib
import json
import os

STATUS = {"P": "present", "A": "absent", "U": "uncertain", "N": "not_mentioned"}
KEYS = {"n": "nodule", "p": "pneumothorax", "c": "consolidation"}
REPORTS = []


def R(style, text, n, p, c, lat="", note="", caps=False):
    """Register one hand-written report with its hand-written labels."""
    if caps:
        text = text.upper()
    laterality = {"nodule": "", "pneumothorax": "", "consolidation": ""}
    for part in lat.split():
        k, v = part.split("=")
        laterality[KEYS[k]] = v
    rec = {
        "style": style,
        "text": text,
        "nodule": STATUS[n],
        "pneumothorax": STATUS[p],
        "consolidation": STATUS[c],
        "laterality": laterality,
    }
    if note:
        rec["note"] = note
    REPORTS.append(rec)


def split_for(report_id):
    """Fixed rule on the id only (never on text or labels):
    h = sha256(id) as an integer; h % 5 == 0 -> test, h % 5 == 1 -> dev, else train.

    (A positional rule 'every 5th report is test' was the first plan, but the reports were
    written in a repeating cycle of 10 styles, so a position-mod-5 rule would have put only
    two styles into test. The id hash breaks that correlation; see README.md.)
    """
    h = int(hashlib.sha256(report_id.encode("ascii")).hexdigest(), 16)
    if h % 5 == 0:
        return "test"
    if h % 5 == 1:
        return "dev"
    return "train"


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reports.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for i, rec in enumerate(REPORTS, start=1):
            rid = "r%04d" % i
            row = {"id": rid, "split": split_for(rid)}
            row.update(rec)
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d reports to %s" % (len(REPORTS), out))


# ---------------------------------------------------------------------------
# Batch A
# ---------------------------------------------------------------------------
R("structured", "Klinische gegevens: Hoesten en koorts sinds 5 dagen, crepitaties rechts basaal.\nVraagstelling: Pneumonie?\nVerslag: Normale hartgrootte. Verdichting in de rechter onderkwab met luchtbronchogram. Geen pleuravocht. Geen pneumothorax.\nConclusie: Pneumonie rechter onderkwab.",
  "N", "A", "P", "c=rechts")
R("short", "Geen afwijkingen.", "A", "A", "A")
R("icu", "IC-thorax liggend. ETT 4 cm boven de carina. CVC via v. jugularis interna re, tip in VCS. Maagsonde tot in de maag. Geen PTX.",
  "N", "A", "N")
R("followup", "In vergelijking met 12-03: afgenomen infiltraat ROK, geen nieuwe afwijkingen.",
  "N", "N", "P", "c=rechts",
  note="decreased infiltrate is still present; 'geen nieuwe afwijkingen' is not a global normal statement: it says nothing new appeared, not that the findings not otherwise described are absent (relabelled 2026-11-27 to the reading of all 9 independent probe reports that use it)")
R("allcaps", "THORAX PA EN LATERAAL.\nVRAAGSTELLING: METASTASEN?\nVERSLAG: MULTIPELE NODULI IN BEIDE LONGEN, DE GROOTSTE 14 MM IN DE LINKER ONDERKWAB, PASSEND BIJ METASTASEN. GEEN PLEURAVOCHT.\nCONCLUSIE: LONGMETASTASEN BEIDERZIJDS.",
  "P", "N", "N", "n=beiderzijds")
R("telegram", "Cor nl. Nodus RBK ca 8 mm, nieuw tov 2021. Geen infiltr. Sinus bdz vrij. Advies CT.",
  "P", "N", "A", "n=rechts")
R("narrative", "Thoraxfoto in twee richtingen. Het hart is niet vergroot, het mediastinum is niet verbreed. In het linker bovenveld een ronde verdichting van circa 2 cm, scherp begrensd, verdacht voor een primaire longtumor. Daarnaast een wigvormige verdichting in de rechter onderkwab met luchtbronchogram, passend bij een pneumonisch infiltraat. Kleine hoeveelheid pleuravocht rechts. Geen pneumothorax.\nConclusie: Rondhaard links boven, verdacht voor maligniteit; advies CT-thorax. Pneumonie rechter onderkwab.",
  "P", "A", "P", "n=links c=rechts",
  note="'verdacht voor maligniteit' hedges the malignancy, not the existence of the rondhaard")
R("typos", "Vraagstelling: pneumothoraks na val van fiets?\nVerslag: Geen pneumothoraks. Geen ribfracturen zichtbaar. Longvelden helder.",
  "A", "A", "A")
R("postop", "Status na lobectomie rechter bovenkwab. Thoraxdrain rechts in situ. Kleine apicale restpneumothorax rechts, afgenomen t.o.v. gisteren. Subcutaan emfyseem thoraxwand rechts. Geen infiltraten links.",
  "N", "P", "N", "p=rechts",
  note="'geen infiltraten links' only negates the left side; consolidation not addressed for the operated right side")
R("question", "Pneumonie?\nCor en mediastinum normaal. Sinus vrij. Geen infiltraat.",
  "N", "N", "A")
R("structured", "Indicatie: Ter uitsluiting longmetastasen bij coloncarcinoom.\nBevindingen: Normale hartgrootte. Geen noduli. Geen pleuravocht.\nConclusie: Geen aanwijzingen voor longmetastasen.",
  "A", "N", "N")
R("short", "Normale thoraxfoto.", "A", "A", "A")
R("icu", "Bedside opname. Tube en lijnen ongewijzigd. Toegenomen stuwing. Pleuravocht bdz. Retrocardiale verdichting, DD atelectase DD infiltraat. Geen PTX.",
  "N", "A", "U", note="retrocardiac opacity: no side stated, laterality left empty")
R("followup", "Vergelijking: 03-01-2023.\nBekende nodus rechter bovenkwab, ongewijzigd van grootte (9 mm). Geen nieuwe noduli. Overigens geen afwijkingen.",
  "P", "A", "A", "n=rechts",
  note="'overigens geen afwijkingen' covers pneumothorax and consolidation")
R("allcaps", "GEEN ACTIEVE LONGAFWIJKINGEN.", "A", "N", "A")
R("telegram", "X-thorax: cor nl, longvelden helder, sinus bdz scherp. Geen PTX.", "A", "A", "A")
R("narrative", "Klinische gegevens: Verkeersongeval, pijn rechter hemithorax.\nVerslag: Fracturen van de 5e tot en met 7e rib rechts lateraal. Smalle pleuralijn apicaal rechts zonder longtekening daarbuiten, passend bij een kleine pneumothorax. Subcutaan emfyseem in de rechter thoraxwand. Geen consolidaties. Mediastinum in de middenlijn.\nConclusie: Ribfracturen rechts met kleine pneumothorax rechts.",
  "N", "P", "A", "p=rechts")
R("typos", "Verslag: Infilraat in de linker onderkwab. Geen pleuravcoht. Cor niet vergroot.\nConclusie: pnuemonie LOK.",
  "N", "N", "P", "c=links")
R("postop", "Status na sternotomie en CABG. Sternumcerclages intact. Drains verwijderd. Geen pneumothorax. Dystelectase beiderzijds basaal. Kleine hoeveelheid pleuravocht links.",
  "N", "A", "N", note="dystelectase is not consolidation")
R("question", "Vraag: PTX na drainverwijdering?\nGeen PTX. Longen ontplooid.", "N", "A", "N")
R("structured", "Anamnese: 67-jarige man, rookt, gewichtsverlies.\nVergelijking: geen.\nBevindingen: In de rechter hilus een massa van circa 4 cm. Verbrede rechter paratracheale streep. Geen infiltraten. Geen pneumothorax.\nConclusie: Hilaire massa rechts, verdacht voor bronchuscarcinoom met lymfadenopathie. Advies CT thorax/abdomen.",
  "P", "A", "A", "n=rechts", note="massa = nodule; hedge concerns malignancy only")
R("short", "Geen bijzonderheden.", "A", "A", "A",
  note="'Geen bijzonderheden' treated as equivalent to 'Geen afwijkingen' (global normal)")
R("icu", "IC. Status na intubatie. Tube tip 2 cm boven carina, advies 2 cm terug te trekken. Bilaterale perihilaire verdichtingen, DD longoedeem DD ARDS DD bilaterale pneumonie. Geen pneumothorax.",
  "N", "A", "U", "c=beiderzijds")
R("followup", "Vergeleken met opname van 2 dagen eerder: de pneumothorax links is niet meer zichtbaar na drainage. Drain links in situ. Geen consolidaties.",
  "N", "A", "A")
R("allcaps", "THORAX: ER IS EEN KLEINE PNEUMOTHORAX LINKS APICAAL NIET UIT TE SLUITEN. ADVIES OPNAME IN EXPIRATIE. VERDER GEEN AFWIJKINGEN.",
  "A", "U", "A", "p=links", note="'verder geen afwijkingen' covers nodule and consolidation")
R("telegram", "Infiltr RMK/ROK, pleuravocht re. Geen PTX. Cor nl.", "N", "A", "P", "c=rechts")
R("narrative", "De thoraxfoto toont een normale hartgrootte en een normaal mediastinum. Beiderzijds verspreid kleine noduli tot 5 mm, miliair aspect, in de eerste plaats passend bij miliaire tuberculose, DD metastasen. Geen consolidaties of pleuravocht. Geen pneumothorax.",
  "P", "A", "A", "n=beiderzijds", note="DD concerns the cause of the noduli, not their presence")
R("typos", "Concluise: geen aanwijzigingen voor pneumonie. Geen pneumotohrax.", "N", "A", "A")
R("postop", "Status na wigresectie linker bovenkwab. Drain links in situ. Geen restpneumothorax. Postoperatieve veranderingen en staplerlijn in de linker bovenkwab. Geen infiltraten.",
  "N", "A", "A")
R("question", "Klinische vraag: Longembolie? Pneumonie?\nVerslag: Geen consolidaties. Geen pleuravocht. Normale hili.",
  "N", "N", "A")
R("structured", "Klinische gegevens: COPD, toegenomen dyspneu.\nVraagstelling: pneumothorax? infiltraat?\nBevindingen: Hyperinflatie van beide longen met afgeplat diafragma, passend bij emfyseem. Bullae in beide apices. Geen pneumothorax. Geen consolidaties.\nConclusie: Emfyseem, geen pneumothorax of infiltraat.",
  "N", "A", "A")
R("short", "Longvelden helder. Cor niet vergroot.", "A", "N", "A")
R("icu", "Controle na plaatsing thoraxdrain rechts. Drain tip apicaal. Pneumothorax rechts duidelijk afgenomen, nog smalle rand apicaal. Subcutaan emfyseem rechts.",
  "N", "P", "N", "p=rechts")
R("followup", "Vgl. 08-11: Infiltraat LOK verdwenen. Geen nieuwe consolidaties. Sinus li weer scherp.",
  "N", "N", "A")
R("allcaps", "NORMALE THORAXFOTO.", "A", "A", "A")
R("telegram", "Re apicaal pleuralijn, geen longtekening lateraal daarvan -> PTX re ca 2 cm. Geen mediastinale shift.",
  "N", "P", "N", "p=rechts")
R("narrative", "Vergeleken met het onderzoek van vorige maand. Het hart is licht vergroot. Er is stuwing met Kerley B-lijnen en bilateraal pleuravocht, passend bij decompensatio cordis. In de rechter onderkwab een vage verdichting, mogelijk infiltraat, doch dit kan ook berusten op compressie-atelectase achter het pleuravocht. Geen pneumothorax. De bekende verkalkte haard in het linker bovenveld is ongewijzigd.\nConclusie: Decompensatio cordis. Infiltraat ROK niet uit te sluiten.",
  "P", "A", "U", "n=links c=rechts", note="known calcified haard counts as nodule (present)")
R("typos", "Verslag: Noduluss van 6 mm in de rechter middenkwab? Verder geen afwijkingen.",
  "U", "A", "A", "n=rechts")
R("postop", "Status na pneumectomie links. Linker hemithorax opgevuld met vocht en een vocht-luchtspiegel, passend bij de postoperatieve situatie. Rechter long helder, geen pneumothorax rechts.",
  "A", "A", "A",
  note="air in the postpneumonectomy space is not a pneumothorax; the only lung is clear")
R("question", "Hemoptoe. Tumor?\nCor normaal. Geen noduli of massa's. Geen hilusvergroting. Geen consolidaties.",
  "A", "N", "A")
R("structured", "Indicatie: Preoperatief, blanco voorgeschiedenis.\nVerslag: Cor en longen zonder afwijkingen.\nConclusie: Geen afwijkingen.",
  "A", "A", "A")
R("short", "Geen actieve longafwijkingen. Tepelschaduw links.", "A", "N", "A",
  note="tepelschaduw identified as such is not a nodule")
R("icu", "Liggende opname IC. ETT op 5 cm van carina. Beiderzijds diffuse consolidaties met luchtbronchogram, passend bij ARDS. Drain rechts, geen residuele pneumothorax.",
  "N", "A", "P", "c=beiderzijds")
R("followup", "Vergelijking met 1-2: Pneumothorax links niet veranderd, ca 1,5 cm apicaal. Geen spanningscomponent.",
  "N", "P", "N", "p=links")
R("allcaps", "VERSLAG: VERDICHTING IN DE LINKER ONDERKWAB, VERDACHT VOOR PNEUMONIE. GEEN PNEUMOTHORAX.\nCONCLUSIE: VERDACHT VOOR PNEUMONIE LOK.",
  "N", "A", "U", "c=links")
R("telegram", "Cor grens. Stuwing. PE bdz. Geen infiltr. Geen PTX.", "N", "A", "A",
  note="PE = pleural effusion here")
R("narrative", "Op de thoraxfoto is in het rechter onderveld een ronde verdichting van ongeveer 1 cm zichtbaar. Gezien een symmetrische verdichting links op dezelfde hoogte berust dit waarschijnlijk op tepelschaduwen; eventueel herhalen met tepelmarkers. Verder geen afwijkingen.",
  "U", "A", "A", "n=rechts",
  note="ronde verdichting only 'waarschijnlijk' a nipple shadow and a repeat is advised: nodule uncertain")
R("typos", "Vraagstelling: consoldatie?\nVerslag: Geen consoldatie. Geen pleuravocht. Klein granuloom in de linker bovenkwab, onveranderd.",
  "P", "N", "A", "n=links")
R("postop", "Thoraxfoto na thoracoscopische pleurodese rechts. Twee drains rechts. Kleine resterende pneumothorax rechts basaal.",
  "N", "P", "N", "p=rechts")
R("question", "Ter uitsluiting longmetastasen\nGeen noduleuze afwijkingen. Normale hili.", "A", "N", "N")

# ---------------------------------------------------------------------------
# Batch B
# ---------------------------------------------------------------------------
R("structured", "Klinische gegevens: Koorts na chemotherapie.\nVraagstelling: Infectiefocus?\nVergelijking: 14-05-2023.\nBevindingen: Nieuwe vage verdichting in de linker onderkwab, suggestief voor beginnend infiltraat. Port-a-cath rechts met tip in de VCS. Geen pneumothorax.\nConclusie: Mogelijk beginnende pneumonie LOK.",
  "N", "A", "U", "c=links")
R("short", "Ongestoorde thorax.", "A", "A", "A",
  note="'Ongestoorde thorax' treated as a global normal statement (whole thorax)")
R("icu", "IC-foto: geen PTX na plaatsing CVC subclavia li. Tip in VCS. Verder ongewijzigd.",
  "N", "A", "N")
R("followup", "T.o.v. 20-09 restinfiltraat in de rechter middenkwab, overigens regressie. Geen pleuravocht meer.",
  "N", "N", "P", "c=rechts")
R("allcaps", "GEEN PNEUMOTHORAX. GEEN INFILTRATEN. COR NORMAAL.", "N", "A", "A")
R("telegram", "Vraag: pneumonie? -> RMK vage verdichting, dd infiltr dd overprojectie. Verder geen afwijkingen.",
  "A", "A", "U", "c=rechts")
R("narrative", "Vergeleken met de opname van 3 maanden geleden is de bekende massa in de linker bovenkwab toegenomen van 3 naar 4,5 cm. Nieuw is een kleine nodus in de rechter onderkwab van 7 mm, verdacht voor een metastase. Toename van het pleuravocht links. Geen pneumothorax. Geen consolidaties.\nConclusie: Progressie van de tumor links boven met een nieuwe nodus rechts, verdacht voor metastase.",
  "P", "A", "A", "n=beiderzijds", note="nodular lesions on both sides -> beiderzijds")
R("typos", "Geen aanwijzingen voor pneumonei of pnuemothorax. Cor normaal van grootte.",
  "N", "A", "A")
R("postop", "Status na mediane sternotomie (klepvervanging). Epicardiale pacemakerdraden. Mediastinale drain in situ. Geen pneumothorax. Atelectase linker onderkwab, geen infiltraat.",
  "N", "A", "A")
R("question", "Vraagstelling: Pneumonie? Koorts.\nVerslag: Normale thoraxfoto.", "A", "A", "A")
R("structured", "Klinische gegevens: Acute dyspneu, lange slanke man.\nVraagstelling: Klaplong?\nBevindingen: Pleuralijn links met daarbuiten geen longtekening, afstand tot de thoraxwand apicaal 3 cm. Geen mediastinale verplaatsing. Longvelden verder helder.\nConclusie: Pneumothorax links, zonder tekenen van spanning.",
  "A", "P", "A", "p=links")
R("short", "Geen PTX.", "N", "A", "N")
R("icu", "Intensive care, liggend. Tube in situ. Maagsonde kronkelt in de oesofagus, advies opvoeren. Vage verdichting LOK, waarschijnlijk atelectase. Geen pneumothorax.",
  "N", "A", "N",
  note="opacity attributed to atelectase; atelectase is not consolidation and no infiltrate is suggested")
R("followup", "Vergelijking 2 weken eerder. Pneumonie rechter onderkwab grotendeels opgeklaard, echter nog niet verdwenen. Advies controle over 6 weken.",
  "N", "N", "P", "c=rechts")
R("allcaps", "KLINISCHE GEGEVENS: VAL OP LINKERZIJ. VRAAG: RIBFRACTUUR? PTX?\nVERSLAG: FRACTUUR 8E RIB LINKS. GEEN PNEUMOTHORAX. GEEN PLEURAVOCHT. LONGVELDEN HELDER.",
  "A", "A", "A")
R("telegram", "Noduli bdz, max 11 mm LOK, toegenomen tov vorige. Metastasen. Geen PE. Geen PTX.",
  "P", "A", "N", "n=beiderzijds")
R("narrative", "Matige inspiratie. Het hart is normaal van grootte. Achter de hartschaduw een verdichting met uitwissing van de linker diafragmakoepel, passend bij een infiltraat in de linker onderkwab. Daarnaast een kleine noduleuze afwijking in het rechter middenveld die bij het vorige onderzoek niet aanwezig was; differentiaal diagnostisch tepelschaduw, advies herhaling met tepelmarkers. Geen pneumothorax.",
  "U", "A", "P", "n=rechts c=links", note="nodule with DD tepelschaduw -> uncertain")
R("typos", "Verslag: Spaningspneumothorax rechts met mediastinale shift naar links! Direct gemeld aan behandelaar.",
  "N", "P", "N", "p=rechts")
R("postop", "Dag 1 na lobectomie LOK. Drain li in situ. Geen pneumothorax. Kleine hoeveelheid subcutaan emfyseem li. Geen infiltraten.",
  "N", "A", "A")
R("question", "Pneumothorax?\nLongen volledig ontplooid, geen pleuralijn zichtbaar.", "N", "A", "N",
  note="'longen volledig ontplooid, geen pleuralijn' is the usual way of saying no pneumothorax")
R("structured", "Vraagstelling: Controle noduli.\nVergelijking: 11-01-2024.\nVerslag: De bekende noduli in beide longen zijn niet veranderd. Geen nieuwe afwijkingen.\nConclusie: Stationair beeld van de noduli.",
  "P", "N", "N", "n=beiderzijds",
  note="'geen nieuwe afwijkingen' is not a global normal statement: it says nothing new appeared, not that the findings not otherwise described are absent (relabelled 2026-11-27 to the reading of all 9 independent probe reports that use it)")
R("short", "Geen afwijkingen aan hart en longen.", "A", "A", "A",
  note="'Geen afwijkingen' (the rule's own words) about heart and lungs covers all three (relabelled 2026-11-27 to the reading of 13 of 17 independent probe reports that use it; 'hart en longen zonder afwijkingen/normaal' stays nodule and consolidation only)")
R("icu", "Bedside. Status na reanimatie. Ribfracturen links. Huidplooi links, geen pneumothorax. Perihilaire verdichtingen bdz, DD aspiratie DD oedeem.",
  "N", "A", "U", "c=beiderzijds", note="aspiration (pneumonia) in a DD with oedema -> consolidation uncertain")
R("followup", "Vergeleken met gisteren: toegenomen pneumothorax rechts, thans 4 cm. Drain rechts is uit de thorax geraakt.",
  "N", "P", "N", "p=rechts")
R("allcaps", "LONGVELDEN HELDER. GEEN PLEURAVOCHT. SINUS VRIJ.", "A", "N", "A")
R("telegram", "LBK rondhaard 2 cm, spiculae. Verdacht maligne. CT.", "P", "N", "N", "n=links")
R("narrative", "Thorax PA en lateraal. In het apicale segment van de rechter onderkwab een verdichting met een ronde configuratie. Dit kan een rond infiltraat zijn, maar een tumor is niet uit te sluiten. Advies controle na behandeling, bij persisteren CT. Geen pneumothorax, geen pleuravocht.",
  "U", "A", "U", "n=rechts c=rechts", note="both round pneumonia and tumour offered as possibilities")
R("typos", "Consoldatie rechtrs basaal, passend bij pneumonie. Sinus re afgestompt.",
  "N", "N", "P", "c=rechts")
R("postop", "Status na thoracotomie links. Drain verwijderd. Kleine apicale luchtsikkel links, mogelijk kleine pneumothorax. Geen toename van het pleuravocht.",
  "N", "U", "N", "p=links")
R("question", "Sarcoïdose, ter controle.\nBilaterale hilusvergroting, ongewijzigd. Geen parenchymafwijkingen.",
  "A", "N", "A", note="hilusvergroting alone is not a nodule; 'geen parenchymafwijkingen' negates nodule and consolidation")
R("structured", "Klinische gegevens: Thoraxpijn na hoesten.\nVraagstelling: PTX?\nBevindingen: Geen pneumothorax. Pneumomediastinum met luchtstrepen langs de aorta en tot in de hals. Geen consolidaties.\nConclusie: Pneumomediastinum, geen pneumothorax.",
  "N", "A", "A")
R("short", "Geen tekenen van pneumonie.", "N", "N", "A")
R("icu", "IC-opname. Spanningspneumothorax links met verplaatsing van het mediastinum naar rechts. Direct telefonisch doorgegeven.",
  "N", "P", "N", "p=links")
R("followup", "Vergeleken met 05-06: ongewijzigd beeld. Stationaire nodus LOK van 6 mm, benigne gedrag (2 jaar stabiel). Geen pneumothorax.",
  "P", "A", "N", "n=links")
R("allcaps", "Vraagstelling: longmetastasen?\nVerslag: Eén nodus van 8 mm in de linker onderkwab, nieuw. Verdacht voor metastase. Overige longvelden helder.",
  "P", "N", "A", "n=links", caps=True)
R("telegram", "IC: ETT ok, CVC li jug tip VCS. Maagsonde ok. Geen PTX. Infiltr LOK toegenomen.",
  "N", "A", "P", "c=links")
R("narrative", "Normaal gevormde thorax. Het hart is niet vergroot. Er zijn geen consolidaties, pleuravocht of pneumothorax. In de rechter apex een klein verkalkt granuloom. Benige structuren intact.",
  "P", "A", "A", "n=rechts", note="granuloom counts as nodule")
R("typos", "Pneumonie?\nGeen infitraat, geen pleuravocht. Cor normaal.", "N", "N", "A")
R("postop", "Status na lobectomie RBK. Drain re verwijderd. Geen pneumothorax. Bekende nodus LOK (wordt vervolgd), ongewijzigd.",
  "P", "A", "N", "n=links")
R("question", "Vraag: pneumonie? sepsis?\nRechts basaal een verdichting met luchtbronchogram.\nConclusie: pneumonie re onder.",
  "N", "N", "P", "c=rechts")
R("structured", "Indicatie: Preoperatieve screening.\nBevindingen: Cor niet vergroot. Longvelden helder. Geen pleuravocht, geen pneumothorax. Degeneratieve veranderingen thoracale wervelkolom.\nConclusie: Geen actieve longafwijkingen.",
  "A", "A", "A")
R("short", "Geen consolidaties, pleuravocht of pneumothorax.", "N", "A", "A")
R("icu", "Thorax liggend, IC. Slechte inspiratie. Beiderzijds basaal verdichtingen, DD atelectase DD infiltraat DD pleuravocht. Pneumothorax niet uit te sluiten op deze liggende opname, geen evidente pleuralijn.",
  "N", "U", "U", "c=beiderzijds",
  note="'niet uit te sluiten' qualifies the 'geen evidente pleuralijn': pneumothorax uncertain, no side")
R("followup", "T.o.v. 15-02: verdwenen consolidatie LOK. Sinus li weer vrij.", "N", "N", "A")
R("allcaps", "THORAX: STATUS NA LOBECTOMIE LINKS. KLEINE RESTPNEUMOTHORAX LINKS APICAAL, NIET VERANDERD. GEEN INFILTRATEN.",
  "N", "P", "A", "p=links")
R("telegram", "Nodus? RBK, dd overprojectie rib/tepel. CT ter uitsluiting.", "U", "N", "N", "n=rechts")
R("narrative", "Klinische gegevens: 82-jarige vrouw met verwardheid.\nVerslag: Matig diepe inspiratie. Het hart is vergroot met een CTR van 0,58. Elongatie van de aorta met verkalkingen in de boog. De longvelden tonen geen consolidaties. Er is geen pleuravocht. Geen noduli. Osteopenie met een oude wigfractuur van Th8.\nConclusie: Cardiomegalie, geen pneumonie.",
  "A", "N", "A")
R("typos", "Klaplong rechts (ca. 50%), geen tekenen van spannnig.", "N", "P", "N", "p=rechts")
R("postop", "Controle na verwijderen thoraxdrain links. Geen pneumothorax. Geen pleuravocht. Drainkanaal zichtbaar.",
  "N", "A", "N")
R("question", "Ter uitsluiting longmetastasen (melanoom).\nTwee noduli in de rechter long, 5 en 7 mm, verdacht voor metastasen.\nAdvies CT-thorax.",
  "P", "N", "N", "n=rechts", note="'verdacht voor metastasen' hedges the cause, the noduli are described as present")

# ---------------------------------------------------------------------------
# Batch C
# ---------------------------------------------------------------------------
R("structured", "Klinische gegevens: Val van trap, pijn linker thorax.\nVraagstelling: Ribfracturen? Pneumothorax?\nBevindingen: Verdenking fractuur 6e rib links lateraal. Twijfelachtige pleuralijn apicaal links; een kleine pneumothorax is niet uit te sluiten. Geen pleuravocht. Longvelden helder.\nConclusie: Mogelijk ribfractuur links. Kleine pneumothorax links niet uit te sluiten, advies opname in expiratie.",
  "A", "U", "A", "p=links")
R("short", "Mogelijk kleine nodus RBK. Advies CT.", "U", "N", "N", "n=rechts")
R("icu", "IC liggend. Huidplooi over de rechter hemithorax, DD pneumothorax. Advies herhalen na herpositioneren. Lijnen en tube in goede positie.",
  "N", "U", "N", "p=rechts")
R("followup", "Vergeleken met 02-04: de eerder beschreven ronde verdichting in de linker onderkwab is niet meer zichtbaar; waarschijnlijk betrof het een rond infiltraat. Geen nieuwe noduli. Geen consolidaties.",
  "A", "N", "A",
  note="earlier opacity gone; 'waarschijnlijk' only explains the prior finding. Both nodule and consolidation absent now")
R("allcaps", "RONDE VERDICHTING LINKER ONDERVELD, DD NODUS DD OVERPROJECTIE VAN EEN VAATSTRUCTUUR. ADVIES CT. GEEN INFILTRATEN. GEEN PNEUMOTHORAX.",
  "U", "A", "A", "n=links")
R("telegram", "Vraag PTX? Re apicaal mogelijk smalle pleuralijn, PTX niet uit te sluiten. Expiratie-opname advies.",
  "N", "U", "N", "p=rechts")
R("narrative", "Vergeleken met de opname van vorig jaar. Het hart is normaal van grootte. Er is een nieuwe, vaag begrensde verdichting in de rechter bovenkwab zonder duidelijk luchtbronchogram. Dit kan passen bij een infiltraat, maar gezien de leeftijd en het rookgedrag van patiënt is een onderliggende tumor niet uit te sluiten. Geen pleuravocht of pneumothorax.\nConclusie: Verdichting RBK, DD infiltraat DD tumor. Advies controle na antibiotica, bij persisteren CT.",
  "U", "A", "U", "n=rechts c=rechts")
R("typos", "Geen aanwijzingen voor pneumothoarx. Vage verdichting in de linker onderkwab, mogelijk beginnend infiltaat.",
  "N", "A", "U", "c=links")
R("postop", "Status na bilobectomie rechts. Twee drains rechts. Subcutaan emfyseem rechter thoraxwand en hals. Door het emfyseem is een kleine pneumothorax niet goed te beoordelen, maar lijkt afwezig.",
  "N", "U", "N",
  note="'lijkt afwezig' with a statement that it cannot be assessed: hedged, so uncertain. The pneumothorax sentence names no side (only the context is right-sided), so laterality is empty")
R("question", "Longembolie? Pneumonie?\nWigvormige verdichting aan de pleura in de rechter onderkwab, DD infarct DD infiltraat. Klein pleuravochtlaagje rechts.",
  "N", "N", "U", "c=rechts")
R("structured", "Klinische gegevens: Bekend met mammacarcinoom links, status na mastectomie.\nVraagstelling: Metastasen?\nVerslag: Status na mastectomie links met clips in de oksel. Lijkt een kleine nodus van 5 mm in het rechter middenveld, ter hoogte van de kruising van de 4e rib, mogelijk overprojectie. Geen pleuravocht.\nConclusie: Twijfelachtige nodus rechts. Advies CT-thorax ter uitsluiting van longmetastasen.",
  "U", "N", "N", "n=rechts")
R("short", "Twijfelachtig infiltraat LOK.", "N", "N", "U", "c=links")
R("icu", "Liggende opname. ETT 5 cm boven carina. Subtiel scherpe contour van de linker hartrand en diep laterale sinus links (deep sulcus), verdacht voor ventrale pneumothorax links. Advies aanvullende opname.",
  "N", "U", "N", "p=links")
R("followup", "Vergelijking met 10-10: bekende massa RBK, thans 5 cm, toegenomen. Nieuw pleuravocht rechts. Geen pneumothorax.",
  "P", "A", "N", "n=rechts")
R("allcaps", "Bevindingen: Beiderzijds basaal streperige verdichtingen, waarschijnlijk dystelectase, DD beginnend infiltraat.\nConclusie: Infiltraat beiderzijds basaal niet uit te sluiten.",
  "N", "N", "U", "c=beiderzijds", caps=True)
R("telegram", "Rondhaard LBK? Dd superpositie 1e costochondrale overgang. Evt. CT.", "U", "N", "N", "n=links")
R("narrative", "Het hart is niet vergroot. De hili zijn normaal van aspect. In de rechter apex projecteert een bulleuze afwijking; aan de laterale zijde lijkt een dunne lijn zichtbaar zonder longtekening, DD wand van een bulla, DD kleine apicale pneumothorax. Geen consolidaties. Geen pleuravocht.\nConclusie: Kleine pneumothorax rechts apicaal niet uit te sluiten, DD bulla.",
  "N", "U", "A", "p=rechts")
R("typos", "Vraagstelling: klaplong?\nVerslag: Mogelijk kleine pneumtohorax links apicaal. Advies controle.",
  "N", "U", "N", "p=links")
R("postop", "Status na sternotomie. Mediastinale drains. Geen pneumothorax. Verdichting linker onderkwab met uitwissing diafragmakoepel, DD atelectase DD infiltraat.",
  "N", "A", "U", "c=links")
R("question", "Vraag: PTX na pleurapunctie links?\nLinks apicaal een haarfijne lijn, mogelijk een kleine pneumothorax. Afgenomen pleuravocht links.",
  "N", "U", "N", "p=links")
R("structured", "Indicatie: Persisterende hoest bij roker.\nBevindingen: Hart en mediastinum normaal. Noduleuze structuur in de linker hilus, DD vasculair DD lymfeklier DD tumor. Longvelden verder helder. Geen pleuravocht.\nConclusie: Twijfelachtige noduleuze afwijking linker hilus, advies CT.",
  "U", "N", "A", "n=links",
  note="tumor is one of the DDs -> nodule uncertain; 'longvelden verder helder' negates consolidation")
R("short", "Suggestie van een kleine nodus li onder. CT ter uitsluiting.", "U", "N", "N", "n=links")
R("icu", "IC-foto na reanimatie. Beiderzijds ribfracturen. Rechts lateraal een lijnvormige structuur, DD huidplooi DD pneumothorax. Subcutaan emfyseem rechts. Verdichting RBK, mogelijk aspiratie.",
  "N", "U", "U", "p=rechts c=rechts")
R("followup", "Vergeleken met 3 dagen eerder: de kleine pneumothorax rechts is niet duidelijk meer zichtbaar, een minimale apicale rest is niet uit te sluiten. Drain ongewijzigd.",
  "N", "U", "N", "p=rechts",
  note="not clearly visible but a residue cannot be excluded -> uncertain")
R("allcaps", "LIJKT EEN KLEINE NODUS IN HET RECHTER BOVENVELD, NIET EERDER GEZIEN. ADVIES CT TER UITSLUITING. GEEN CONSOLIDATIES.",
  "U", "N", "A", "n=rechts")
R("telegram", "Cor/mediastinum nl. Perihilair re vage verdichting, ? infiltr. Sinus vrij. Geen PTX.",
  "N", "A", "U", "c=rechts")
R("narrative", "Vergeleken met het vorige onderzoek van 2019 is er een nieuwe ronde verdichting in de linker bovenkwab van ca. 1,5 cm. Dit is verdacht voor een nodus; overprojectie van een osteofyt of de costochondrale overgang is minder waarschijnlijk. Beiderzijds helder parenchym verder. Geen pneumothorax.\nConclusie: Verdenking nodus LBK, advies CT-thorax.",
  "U", "A", "A", "n=links", note="'verdacht voor een nodus' hedges existence of the nodule itself -> uncertain")
R("typos", "Verslag: Tepelschaduw rechts? Dd nodulis. Eventueel herhalen met tepelmerkers.",
  "U", "N", "N", "n=rechts", note="not yet identified as a nipple shadow; nodule in DD -> uncertain")
R("postop", "Status na VATS wigresectie rechter onderkwab. Drain verwijderd. Kleine basale lucht-vochtspiegel rechts, DD kleine hydropneumothorax. Geen infiltraten.",
  "N", "U", "A", "p=rechts")
R("question", "Aspiratie?\nRechts basaal nieuwe verdichting, kan passen bij aspiratiepneumonie. Geen PTX.",
  "N", "A", "U", "c=rechts", note="'kan passen bij' is weaker than 'passend bij' -> uncertain")
R("structured", "Klinische gegevens: Koorts, CRP 180.\nVraagstelling: Pneumonie?\nBevindingen: Vage verdichting in de lingula, mogelijk infiltraat.\nConclusie: Pneumonie lingula.",
  "N", "N", "P", "c=links",
  note="findings hedge, conclusion asserts: the firm conclusion wins; lingula is left-sided")
R("short", "Kleine PTX li apicaal?", "N", "U", "N", "p=links",
  note="question mark inside the report body is a hedge, not a clinical question (no indication section)")
R("icu", "IC. Pneumothorax rechts? Geen duidelijke pleuralijn, wel hyperlucent rechter onderveld. Advies echo of CT.",
  "N", "U", "N", "p=rechts")
R("followup", "In vergelijking met 21-12: Infiltraat ROK minder uitgesproken. Nieuwe subtiele verdichting in de linker onderkwab, eventueel beginnend infiltraat.",
  "N", "N", "P", "c=rechts",
  note="right infiltrate present (decreased), left one only uncertain; the status is present, so laterality follows the asserted right-sided infiltrate")
R("allcaps", "THORAX: GEEN AFWIJKINGEN.", "A", "A", "A")
R("telegram", "Noduleuze verdichting re hilus, dd vaten. Verder nl.", "U", "A", "A", "n=rechts",
  note="'verder nl' (verder normaal) read as covering the remaining findings")
R("narrative", "Thoraxfoto staand PA en lateraal. Normale hartgrootte. In het rechter middenveld projecteert een ronde verdichting van 12 mm, die op de laterale opname niet goed te vervolgen is. Een pulmonale nodus kan niet worden uitgesloten, al kan het ook gaan om een tepelschaduw. Geen consolidaties, geen pleuravocht, geen pneumothorax.",
  "U", "A", "A", "n=rechts")
R("typos", "Bevindingen: waarschijnlijk infilatraat rechter bovenkwab. Geen pleuravocht.",
  "N", "N", "U", "c=rechts")
R("postop", "Status na CABG. Sternotomiedraden intact. Linkerzijdig pleuravocht. Een kleine apicale pneumothorax links is niet uit te sluiten. Geen infiltraat.",
  "N", "U", "A", "p=links")
R("question", "Klinische vraag: Tumor? Afvallen, hemoptoe.\nLinker hilus lijkt vergroot, DD projectie DD massa. Advies CT-thorax met contrast.",
  "U", "N", "N", "n=links", note="massa in DD -> nodule uncertain")
R("structured", "Vraagstelling: Pneumonie?\nBevindingen: Verdichting in de rechter middenkwab met uitwissing van de rechter hartrand en luchtbronchogram.\nConclusie: Passend bij pneumonie rechter middenkwab.",
  "N", "N", "P", "c=rechts")
R("short", "Geen infiltraat. Geen PTX. Mogelijk noduletje RBV, advies CT.", "U", "A", "A", "n=rechts")
R("icu", "Liggende IC-opname. Tube 3 cm boven carina. Linker onderkwab volledig atelectatisch met mediastinale verschuiving naar links, DD slijmprop. Rechts basaal vage verdichting, infiltraat niet uit te sluiten.",
  "N", "N", "U", "c=rechts")
R("followup", "T.o.v. vorige week: stationaire kleine PTX re apicaal (8 mm). Geen toename.",
  "N", "P", "N", "p=rechts")
R("allcaps", "Vraagstelling: PTX?\nConclusie: Mogelijk kleine pneumothorax rechts apicaal. Geen mediastinale verplaatsing.",
  "N", "U", "N", "p=rechts", caps=True)
R("telegram", "Thorax li hyperlucent, ? PTX li. Klinische correlatie.", "N", "U", "N", "p=links")
R("narrative", "Het hart is licht vergroot. Er is een verbreding van het bovenste mediastinum, mogelijk op basis van een struma. In de rechter onderkwab enkele kleine ronde verdichtingen die kunnen passen bij noduli, maar ook vaten in doorsnede kunnen zijn. Longvelden verder helder. Geen pneumothorax.\nConclusie: Mogelijk noduli rechter onderkwab; advies CT.",
  "U", "A", "A", "n=rechts")
R("typos", "Geen aanwijzigen voor pneumothorax. Longveldne helder.", "A", "A", "A")
R("postop", "Status na lobectomie RBK. Geen drains meer. Postoperatieve volumereductie rechts. Ronde verdichting bij de staplerlijn rechts, waarschijnlijk postoperatief, DD recidief. Geen pneumothorax.",
  "U", "A", "N", "n=rechts", note="recurrence (tumour) in DD for a round opacity -> nodule uncertain")
R("question", "Vraagstelling: Pneumonie? PTX?\nVerslag: Geen pneumothorax. Rechts basaal verdichting, verdacht voor infiltraat.",
  "N", "A", "U", "c=rechts")

# ---------------------------------------------------------------------------
# Batch D
# ---------------------------------------------------------------------------
R("structured", "Klinische gegevens: Steekletsel linker thorax.\nVraagstelling: Hematothorax? PTX?\nBevindingen: Pneumothorax links met een rand van 2,5 cm apicaal en lateraal. Geringe hoeveelheid vocht in de linker sinus, DD bloed. Geen mediastinale verschuiving. Rechter long helder.\nConclusie: Hydropneumothorax links.",
  "N", "P", "N", "p=links",
  note="'rechter long helder' only covers the right lung, so nodule and consolidation are not fully addressed")
R("short", "Geen afwijkingen. Ter vergelijking: ongewijzigd t.o.v. 2022.", "A", "A", "A")
R("icu", "IC. Na plaatsing CVC subclavia rechts: pneumothorax rechts apicaal en lateraal, ca 2 cm. Behandelaar geïnformeerd.",
  "N", "P", "N", "p=rechts")
R("followup", "Vergelijking met 14-07: Bekende noduli beiderzijds, deels toegenomen (grootste LOK 18 mm, was 12 mm). Geen nieuwe noduli. Geen pleuravocht.",
  "P", "N", "N", "n=beiderzijds")
R("allcaps", "Verslag: Verdichting van de gehele rechter onderkwab met luchtbronchogram. Klein pleuravochtlaagje rechts. Geen pneumothorax.\nConclusie: Lobaire pneumonie ROK.",
  "N", "A", "P", "c=rechts", caps=True)
R("telegram", "Pneumonie LOK + parapneumonisch PE li. Geen PTX. Cor nl.", "N", "A", "P", "c=links")
R("narrative", "Het hart is niet vergroot. In het rechter bovenveld, projecterend over de voorste 2e rib, een scherp begrensde ronde verdichting van 22 mm met een verkalking centraal. Dit is reeds aanwezig op de opname van 2015 en niet veranderd, passend bij een benigne laesie (hamartoom/granuloom). Verder geen noduli. Geen consolidaties. Geen pneumothorax.",
  "P", "A", "A", "n=rechts",
  note="stable benign lesion is still a nodule (present); the slash between two benign causes is a hedge about cause")
R("typos", "Indikatie: COPD exacerbatie.\nVerlsag: Emfyseem. Pnuemothorax rechts, circa 2 cm apicaal. Geen consolidaties.",
  "N", "P", "A", "p=rechts")
R("postop", "Dag 2 na lobectomie LBK. Drain links, aan zuig. Geringe pneumothorax links apicaal, onveranderd. Subcutaan emfyseem links, afgenomen. Verdichting in de linker onderkwab, passend bij postoperatief infiltraat of atelectase.",
  "N", "P", "U", "p=links c=links",
  note="'passend bij infiltraat of atelectase' offers atelectase as an alternative -> consolidation uncertain")
R("question", "Longmetastasen?\nMultiple ronde haarden in beide longen tot 2 cm, beeld van longmetastasen.",
  "P", "N", "N", "n=beiderzijds")
R("structured", "Indicatie: Controle na pneumonie.\nVergelijking: 04-03.\nVerslag: Het infiltraat in de rechter onderkwab is volledig verdwenen. Geen nieuwe infiltraten. Geen pleuravocht.\nConclusie: Restloos genezen pneumonie ROK.",
  "N", "N", "A")
R("short", "Pneumonie RMK.", "N", "N", "P", "c=rechts")
R("icu", "Trauma-opname liggend. Meerdere ribfracturen rechts (4-8). Hydropneumothorax rechts. Subcutaan emfyseem. Contusie rechter long niet uit te sluiten.",
  "N", "P", "N", "p=rechts", note="contusion is not one of the three findings")
R("followup", "Vgl. gisteren: drain re in situ. PTX re afgenomen, nu minimale apicale rand.", "N", "P", "N", "p=rechts")
R("allcaps", "VRAAGSTELLING: TER UITSLUITING LONGMETASTASEN.\nVERSLAG: GEEN NODULI. GEEN PLEURAVOCHT. GEEN PNEUMOTHORAX.\nCONCLUSIE: GEEN AANWIJZINGEN VOOR LONGMETASTASEN.",
  "A", "A", "N")
R("telegram", "Granuloom RMV, bekend. Verder geen afw.", "P", "A", "A", "n=rechts",
  note="RMV = rechter middenveld")
R("narrative", "Vergeleken met de foto van twee dagen eerder is er een duidelijke toename van de consolidatie in de linker onderkwab, die thans ook de lingula betreft, met een luchtbronchogram. Tevens nieuw pleuravocht links. Rechts helder longparenchym. Geen pneumothorax. Hart en mediastinum ongewijzigd.\nConclusie: Progressie van de pneumonie links.",
  "N", "A", "P", "c=links",
  note="'rechts helder longparenchym' covers only the right lung; nodule not addressed for the left")
R("typos", "Bekende tumr in de rechter bovenkwab, groter dan vorige keer. Geen pneumothorax.",
  "P", "A", "N", "n=rechts")
R("postop", "Status na thoraxdrainage rechts wegens spontane pneumothorax. Drain verwijderd. Restpneumothorax rechts apicaal, 1 cm. Geen pleuravocht.",
  "N", "P", "N", "p=rechts")
R("question", "Vraag: PTX? Acuut pijn li na hoesten.\nVerslag: Pneumothorax links, ca 30%. Mediastinum in de middenlijn.",
  "N", "P", "N", "p=links")
R("structured", "Klinische gegevens: Kortademig, koorts, bekende COPD.\nVraagstelling: Pneumonie?\nVergelijking: 2021.\nBevindingen: Hyperinflatie. Geen nieuwe consolidaties. Geen pleuravocht. Geen pneumothorax. Bekende littekenstreep in de lingula.\nConclusie: Emfyseem. Geen pneumonie.",
  "N", "A", "A")
R("short", "Cor en longen zonder afwijkingen.", "A", "N", "A",
  note="scope is heart and lungs: covers nodule and consolidation, not the pleura (pneumothorax)")
R("icu", "Bedside thorax. Nieuwe pneumothorax links, basaal-anterieur (deep sulcus), ondanks drain. Beiderzijds diffuus infiltratief beeld, ongewijzigd.",
  "N", "P", "P", "p=links c=beiderzijds")
R("followup", "T.o.v. 03-09: ongewijzigde nodus 7 mm RBK. Geen nieuwe afwijkingen.", "P", "N", "N", "n=rechts",
  note="'geen nieuwe afwijkingen' is not a global normal statement: it says nothing new appeared, not that the findings not otherwise described are absent (relabelled 2026-11-27 to the reading of all 9 independent probe reports that use it)")
R("allcaps", "KLAPLONG LINKS. DRAIN GEADVISEERD.", "N", "P", "N", "p=links")
R("telegram", "Massa re hilus 5 cm. Atelectase RBK. Geen PTX.", "P", "A", "N", "n=rechts",
  note="atelectasis distal to the mass is not consolidation")
R("narrative", "Staande opname met goede inspiratie. Het hart heeft een normale grootte. De longvelden tonen een fijnnodulair patroon beiderzijds, met name in de bovenvelden, passend bij silicose. Daarnaast een grotere confluerende haard in het linker bovenveld van 3 cm, DD progressieve massale fibrose, DD tumor. Geen pleuravocht. Geen pneumothorax.",
  "P", "A", "N", "n=beiderzijds",
  note="the fine nodular pattern (noduli) is asserted bilaterally; the DD concerns only the nature of the larger haard")
R("typos", "Verslag: Licht afgenomen consolidatie in de rechter ondekwab. Stationaire kleine nodlus links boven.",
  "P", "N", "P", "n=links c=rechts")
R("postop", "Status na sternotomie. Geen pneumothorax. Bekende haard LBK, ongewijzigd sinds preoperatief.",
  "P", "A", "N", "n=links")
R("question", "Pneumonie?\nConsolidatie lingula en linker onderkwab.", "N", "N", "P", "c=links")
R("structured", "Vraagstelling: PTX na longbiopt rechts?\nBevindingen: Kleine pneumothorax rechts apicaal (1 cm). Biopsieplaats rechter onderkwab met kleine bloeding. De bekende nodus in de rechter onderkwab is zichtbaar.\nConclusie: Kleine pneumothorax rechts na biopt.",
  "P", "P", "N", "n=rechts p=rechts")
R("short", "Normale thorax.", "A", "A", "A", note="'Normale thorax' treated as 'Normale thoraxfoto'")
R("icu", "IC-opname. Tube en maagsonde in situ. Geen PTX. Toegenomen consolidatie ROK met luchtbronchogram.",
  "N", "A", "P", "c=rechts")
R("followup", "In vergelijking met 30-01: de noduli in de rechter long zijn niet meer zichtbaar na chemotherapie. Geen nieuwe afwijkingen.",
  "A", "N", "N",
  note="noduli disappeared -> absent; 'geen nieuwe afwijkingen' is not a global normal statement: it says nothing new appeared, not that the findings not otherwise described are absent (relabelled 2026-11-27 to the reading of all 9 independent probe reports that use it)")
R("allcaps", "INFILTRAAT RECHTER BOVENKWAB. GEEN PLEURAVOCHT.", "N", "N", "P", "c=rechts")
R("telegram", "PTX li ca 1 cm apicaal. Geen spanning. Verder nl.", "A", "P", "A", "p=links",
  note="'verder nl' (verder normaal) read as covering the remaining findings")
R("narrative", "De thoraxfoto laat een normaal hart zien. In de linker onderkwab is een consolidatie zichtbaar met een luchtbronchogram. Ook in de rechter onderkwab een beginnende verdichting. Er is geen pleuravocht en geen pneumothorax.\nConclusie: Bilaterale pneumonie, links meer dan rechts.",
  "N", "A", "P", "c=beiderzijds")
R("typos", "Pneumonie?\nVerslag: pnuemonie linker bovenkwab. Geen pneuomthorax.", "N", "A", "P", "c=links")
R("postop", "Status na Nuss-procedure. Staaf in goede positie. Geringe pneumothorax beiderzijds apicaal, passend bij postoperatieve status.",
  "N", "P", "N", "p=beiderzijds")
R("question", "Indicatie: Ter uitsluiting longmetastasen bij sarcoom.\nVerslag: Drie noduli rechts (tot 9 mm) en één links (6 mm), nieuw t.o.v. 6 maanden geleden.\nConclusie: Longmetastasen.",
  "P", "N", "N", "n=beiderzijds")
R("structured", "Klinische gegevens: Pijn op de borst.\nVraagstelling: Afwijkingen?\nVerslag: Normale hartgrootte en -configuratie. Geen aanwijzingen voor pneumothorax. Longvelden helder. Sinus beiderzijds vrij.\nConclusie: Normale thoraxfoto.",
  "A", "A", "A")
R("short", "Normaal.", "A", "A", "A", note="one-word 'Normaal.' treated as 'Normale thoraxfoto'")
R("icu", "IC thorax: spanningspneumothorax re! Mediastinum naar li verplaatst. Direct drain geadviseerd, telefonisch overlegd.",
  "N", "P", "N", "p=rechts")
R("followup", "Vergeleken met eerder vandaag: na drainplaatsing is de long links volledig ontplooid. Geen restpneumothorax.",
  "N", "A", "N")
R("allcaps", "Geen consolidaties. Nodus van 11 mm in de linker onderkwab, verdacht voor maligniteit.",
  "P", "N", "A", "n=links", caps=True)
R("telegram", "RMK infiltr + luchtbronchogram. Pneumonie. Geen PE/PTX.", "N", "A", "P", "c=rechts")
R("narrative", "Vergeleken met de vorige opname is er een kleine toename van de hartgrootte. Er zijn tekenen van stuwing met verbrede vaattekening en een peribronchiale cuffing. Het pleuravocht rechts is toegenomen. Er zijn geen tekenen van een pneumothorax. Geen nieuwe infiltraten.\nConclusie: Toegenomen decompensatio cordis.",
  "N", "A", "A")
R("typos", "Kleine apicale pnemothorax links na punctie. Verder geen afwijkigen.", "A", "P", "A", "p=links")
R("postop", "Status na pneumectomie rechts. Gestage opvulling van de pneumectomieholte. Linker long: geen infiltraten, geen noduli. Geen pneumothorax links.",
  "A", "A", "A",
  note="air in the pneumectomy cavity is not a pneumothorax; the only lung is negated explicitly")
R("question", "Klinische vraag: Koorts e.c.i.\nBevindingen: Geen afwijkingen.", "A", "A", "A")

# ---------------------------------------------------------------------------
# Batch E
# ---------------------------------------------------------------------------
R("structured", "Klinische gegevens: Status na drainverwijdering rechts.\nVraagstelling: Pneumothorax?\nVerslag: Geen actieve longafwijkingen.",
  "A", "N", "A",
  note="'geen actieve longafwijkingen' does not cover the pleura; the pneumothorax question is not answered")
R("short", "Geen pneumothorax, wel infiltraat LOK.", "N", "A", "P", "c=links")
R("icu", "IC-foto: lijnen ongewijzigd. Noch pneumothorax, noch pleuravocht. Longvelden helder.",
  "A", "A", "A")
R("followup", "Vergeleken met 18-05: pneumothorax links niet verdwenen, wel iets kleiner. Drain in situ.",
  "N", "P", "N", "p=links")
R("allcaps", "GEEN TOENAME VAN DE BEKENDE PNEUMOTHORAX RECHTS. DRAIN IN SITU. GEEN NIEUWE INFILTRATEN.",
  "N", "P", "A", "p=rechts")
R("telegram", "Noch infiltr noch PTX. Cor nl. Tepelschaduw re.", "N", "A", "A",
  note="tepelschaduw identified as such is not a nodule")
R("narrative", "Er is niet alleen een toename van het infiltraat in de rechter onderkwab, maar ook een nieuwe verdichting in de linker onderkwab met luchtbronchogram. Het pleuravocht rechts is stationair. Er is geen pneumothorax.\nConclusie: Bilaterale pneumonie, progressief.",
  "N", "A", "P", "c=beiderzijds")
R("typos", "Vergelijking 01-02: infiltraat rechst boven niet veranderd. Geen pnuemothorax.",
  "N", "A", "P", "c=rechts")
R("postop", "Status na lobectomie ROK. Drain re. Pneumothorax rechts niet veranderd (2 cm apicaal). Kleine luchtlekkage. Links geen bijzonderheden.",
  "N", "P", "N", "p=rechts",
  note="'links geen bijzonderheden' covers only the left side; nodule/consolidation not fully addressed")
R("question", "Vraagstelling: Pneumothorax? Infiltraat?\nVerslag: Cor en mediastinum normaal. Sinus vrij.",
  "N", "N", "N", note="question items are not answered by the report body")
R("structured", "Anamnese: Bekende sarcoïdose stadium II.\nVergelijking: 2022.\nBevindingen: Bilaterale hilaire lymfadenopathie, afgenomen. Reticulonodulaire afwijkingen in beide bovenvelden, ongewijzigd. Geen consolidaties. Geen pleuravocht.\nConclusie: Stationaire sarcoïdose.",
  "N", "N", "A",
  note="lymfadenopathie and a reticulonodular interstitial pattern are not labelled as nodule here (no discrete nodus/noduli)")
R("short", "Infiltraat ROK?", "N", "N", "U", "c=rechts",
  note="no indication section: a headerless report line with '?' is a hedge of the radiologist")
R("icu", "IC. ETT en CVC in situ. Drain rechts. Pneumothorax rechts niet meer zichtbaar. Wel nieuw subcutaan emfyseem rechter thoraxwand.",
  "N", "A", "N")
R("followup", "Vgl. 23-08. Het restinfiltraat in de lingula is niet verdwenen. Advies CT ter uitsluiting van een onderliggende afwijking.",
  "N", "N", "P", "c=links",
  note="the advice concerns an unspecified underlying lesion, not a named nodule")
R("allcaps", "Conclusie: geen afwijkingen, met name geen pneumonie.", "A", "A", "A", caps=True)
R("telegram", "Re sinus afgestompt, PE re. Re onderveld verdichting, atelectase dd infiltr.", "N", "N", "U", "c=rechts")
R("narrative", "Vergeleken met het onderzoek van 6 weken geleden. De eerder beschreven consolidatie in de rechter middenkwab is grotendeels verdwenen; er resteert een streperige verdichting, passend bij littekenvorming. Geen nieuwe consolidaties. Geen noduli. Geen pneumothorax.",
  "A", "A", "A",
  note="residual scarring (litteken) is not consolidation; 'geen nieuwe consolidaties' plus resolution -> absent")
R("typos", "Normale thoraxfotto.", "A", "A", "A")
R("postop", "Status na CABG. Geen pneumothorax, doch wel een kleine hoeveelheid pneumomediastinum en subcutaan emfyseem in de hals, passend bij de recente ingreep.",
  "N", "A", "N")
R("question", "Ter controle na pneumothorax rechts.\nVerslag: Long rechts volledig ontplooid. Geen pneumothorax.",
  "N", "A", "N")
R("structured", "Vraagstelling: Pneumonie?\nBevindingen: Wel toegenomen vaattekening en kleine hoeveelheid pleuravocht beiderzijds, maar geen consolidaties.\nConclusie: Lichte overvulling. Geen aanwijzingen voor pneumonie.",
  "N", "N", "A")
R("short", "Geen noduli.", "A", "N", "N")
R("icu", "IC bed. Geen pneumothorax na verwijderen van de drain links. Infiltraat LOK ongewijzigd.",
  "N", "A", "P", "c=links")
R("followup", "Vergeleken met 5 dagen eerder: stationair beeld met een kleine pneumothorax links apicaal, geen toename.",
  "N", "P", "N", "p=links")
R("allcaps", "STATUS NA STERNOTOMIE. COR VERGROOT. GEEN PNEUMOTHORAX. GEEN INFILTRATEN. KLEIN PLEURAVOCHT LINKS.",
  "N", "A", "A")
R("telegram", "Vraag: pneumonie?\nGeen infiltr. Bekende noduli bdz, stationair.", "P", "N", "A", "n=beiderzijds")
R("narrative", "Klinische gegevens: 45-jarige vrouw, bekend met mammacarcinoom rechts, thans dyspneu.\nVerslag: Status na mastectomie rechts. Grote hoeveelheid pleuravocht rechts met compressie-atelectase van de rechter onderkwab. Daarboven meerdere noduli in de rechter long tot 1 cm, die bij de vorige opname niet aanwezig waren. Links geen noduli. Geen pneumothorax.\nConclusie: Progressieve ziekte met pleuravocht en longmetastasen rechts.",
  "P", "A", "N", "n=rechts")
R("typos", "Geen infiltraat, maar wel een kleine nodlus in de linker bovenkwab van 5 mm.", "P", "N", "A", "n=links")
R("postop", "Status na decorticatie links. Twee drains links. Kleine resterende luchtcollectie apicaal links, passend bij restpneumothorax. Toegenomen consolidatie in de linker onderkwab.",
  "N", "P", "P", "p=links c=links")
R("question", "Hoesten, koorts. Pneumonie?\nGeen actieve longafwijkingen.", "A", "N", "A")
R("structured", "Klinische gegevens: Preoperatief voor heupprothese.\nVerslag: Hart normaal van grootte. Elongatie van de aorta. Geen afwijkingen aan de longen.\nConclusie: Geen actieve longafwijkingen.",
  "A", "N", "A")
R("short", "Pneumothorax rechts.", "N", "P", "N", "p=rechts")
R("icu", "Liggende opname na thoraxtrauma. Geen evidente pneumothorax. Ribfractuur 3 rechts. Subcutaan emfyseem rechts, zonder zichtbare pleuralijn.",
  "N", "A", "N",
  note="subcutaneous emphysema alone is not pneumothorax; 'geen evidente pneumothorax' is labelled absent (negation, no possibility raised)")
R("followup", "Vergeleken met 02-02: infiltraat LOK niet veranderd. Nodus RBK niet veranderd.",
  "P", "N", "P", "n=rechts c=links")
R("allcaps", "BEVINDINGEN: GEEN NODULI, GEEN INFILTRATEN, GEEN PLEURAVOCHT, GEEN PNEUMOTHORAX.\nCONCLUSIE: GEEN AFWIJKINGEN.",
  "A", "A", "A")
R("telegram", "Infiltr ROK, verdacht voor aspiratie. Geen PTX.", "N", "A", "P", "c=rechts",
  note="'verdacht voor aspiratie' hedges the cause of an asserted infiltrate")
R("narrative", "De thoraxfoto laat een ongewijzigde situatie zien ten opzichte van de opname van gisteren: tube, centraal veneuze katheter en maagsonde in goede positie, diffuse bilaterale consolidaties en een kleine pneumothorax rechts anterior die nog steeds zichtbaar is langs de rechter hartrand.",
  "N", "P", "P", "p=rechts c=beiderzijds")
R("typos", "Vraagstelling: metastasen?\nVerslag: Meerdere noduluss in beide longen. Conlusie: longmetastasen bdz.",
  "P", "N", "N", "n=beiderzijds")
R("postop", "Controle na drainage van empyeem rechts. Drain in situ. Afgenomen pleuravocht. Geen pneumothorax. Restinfiltraat ROK.",
  "N", "A", "P", "c=rechts")
R("question", "Ter uitsluiting longmetastasen\nVerslag: Cor en longen zonder afwijkingen.", "A", "N", "A",
  note="lung-scoped normal statement answers the metastasis question (nodule absent), not the pleura")
R("structured", "Klinische gegevens: Trauma.\nVraagstelling: PTX? Fracturen?\nBevindingen: Fractuur van de linker clavicula. Geen pneumothorax. Geen ribfracturen zichtbaar. Longvelden helder.\nConclusie: Claviculafractuur links. Geen pneumothorax.",
  "A", "A", "A")
R("short", "Geen bijzonderheden aan hart en longen.", "A", "N", "A",
  note="scope is heart and lungs: covers nodule and consolidation, not the pleura")
R("icu", "IC: kleine PTX li apicaal na subclavialijn, stationair tov 6 uur eerder.", "N", "P", "N", "p=links")
R("followup", "T.o.v. vorige maand: bekende verdichting lingula, thans verdwenen. Stationaire haard RBK (granuloom).",
  "P", "N", "A", "n=rechts",
  note="disappeared opacity in a segment -> consolidation absent; granuloom present")
R("allcaps", "LONGMETASTASEN BEIDERZIJDS, TOEGENOMEN. GEEN PNEUMOTHORAX.", "P", "A", "N", "n=beiderzijds")
R("telegram", "Pneumomediastinum. Geen PTX. Geen infiltr.", "N", "A", "A")
R("narrative", "Thoraxfoto bij een patiënt met koorts en neutropenie. Het hart is niet vergroot. Er zijn geen consolidaties en geen noduli. Er is geen pleuravocht en geen pneumothorax. Een CVC via de rechter v. jugularis interna eindigt in de vena cava superior. Advies bij persisterende koorts een CT-thorax ter uitsluiting van een schimmelinfectie.",
  "A", "A", "A",
  note="the CT advice concerns a fungal infection without a named finding; the explicit negations stand")
R("typos", "Verslag: Goen afwijkingen.", "A", "A", "A", note="typo for 'Geen afwijkingen'")
R("postop", "Status na lobectomie RBK. Geen restpneumothorax. Geen infiltraten. Geen noduli in de resterende longdelen.",
  "A", "A", "A")
R("question", "Vraagstelling: Corpus alienum? Pneumonie?\nVerslag: Geen radio-opaak corpus alienum. Verdichting ROK, passend bij aspiratiepneumonie.",
  "N", "N", "P", "c=rechts")

# ---------------------------------------------------------------------------
# Batch F
# ---------------------------------------------------------------------------
R("structured", "Vraagstelling: Pneumonie?\nBevindingen: Subtiele verdichting rechts basaal, mogelijk infiltraat, mogelijk overprojectie van mammaweefsel.\nConclusie: Geen overtuigende aanwijzingen voor pneumonie.",
  "N", "N", "A",
  note="findings hedge, conclusion negates: the final firm assertion (conclusion) wins -> absent")
R("short", "Lijkt kleine nodus li boven. CT?", "U", "N", "N", "n=links")
R("icu", "Thorax liggend IC. Lucency langs de linker hartrand, suggestief voor een kleine ventrale pneumothorax. Geen mediastinale verschuiving.",
  "N", "U", "N", "p=links")
R("followup", "Vgl. met 11-11: Consolidatie LOK afgenomen, maar nog aanwezig. Nieuw: ronde verdichting RBV, eventueel nodus, eventueel overprojectie. Advies controle.",
  "U", "N", "P", "n=rechts c=links")
R("allcaps", "Bevindingen: Verdichting middenkwab met luchtbronchogram.\nConclusie: DD infiltraat middenkwab, DD atelectase. Klinische correlatie.",
  "N", "N", "U", "c=rechts", caps=True,
  note="findings describe a firm opacity but the conclusion hedges with a DD: the conclusion wins -> uncertain; middenkwab is right-sided")
R("telegram", "LOK ? infiltr, dd atelect. Geen PTX. Sinus li afgestompt.", "N", "A", "U", "c=links")
R("narrative", "Vergeleken met de opname van 2021 is er in het linker bovenveld, ter hoogte van de eerste intercostale ruimte, een nieuwe ronde opheldering met een dunne wand. Dit zou een bulla kunnen zijn, maar een kleine gelokaliseerde pneumothorax is niet met zekerheid uit te sluiten. Longvelden verder helder. Hart normaal.",
  "A", "U", "A", "p=links")
R("typos", "Mogelijk infilraat ROK. Geen pneumothroax.", "N", "A", "U", "c=rechts")
R("postop", "Status na sternotomie dag 1. Drains in situ. Langs de rechter apex lijkt een smalle pleuralijn zichtbaar, waarschijnlijk kleine pneumothorax rechts. Atelectase links basaal.",
  "N", "U", "N", "p=rechts")
R("question", "Ter uitsluiting longmetastasen.\nVerslag: Twijfelachtige nodus van 4 mm in de rechter onderkwab. Advies CT-thorax ter verdere analyse.",
  "U", "N", "N", "n=rechts")
R("structured", "Klinische gegevens: Subfebriel, hoesten.\nVraagstelling: Pneumonie?\nBevindingen: Aan de linkerzijde basaal een wazige verdichting die de diafragmakoepel niet uitwist. Dit kan berusten op een beginnend infiltraat in de lingula; overprojectie van weke delen is eveneens mogelijk.\nConclusie: Beginnend infiltraat lingula niet uit te sluiten.",
  "N", "N", "U", "c=links")
R("short", "Geen PTX. Verdacht voor nodus RMV. Advies CT.", "U", "A", "N", "n=rechts")
R("icu", "IC. Geen duidelijke pneumothorax, maar op deze liggende opname is een kleine ventrale PTX niet uit te sluiten. Bdz perihilaire consolidaties, stationair.",
  "N", "U", "P", "c=beiderzijds")
R("followup", "Vergelijking gisteren: de pneumothorax rechts is niet meer duidelijk zichtbaar. Twijfelachtige minimale apicale rest.",
  "N", "U", "N", "p=rechts")
R("allcaps", "MOGELIJK KLEINE PNEUMOTHORAX LINKS APICAAL. OVERIGENS GEEN AFWIJKINGEN.", "A", "U", "A", "p=links")
R("telegram", "Vraag: PTX?\nPTX re niet uit te sluiten (huidplooi). Herh opname.", "N", "U", "N", "p=rechts")
R("narrative", "Thoraxfoto AP zittend. Het hart lijkt vergroot, deels door de AP-projectie. Er is een vage verdichting in de rechter bovenkwab die bij het vorige onderzoek niet zichtbaar was, verdacht voor een infiltraat. Geen pneumothorax. Tevens een kleine ronde verdichting in het linker onderveld, waarschijnlijk een tepelschaduw; een nodus is niet geheel uit te sluiten.",
  "U", "A", "U", "n=links c=rechts")
R("typos", "Verslag: Waarschijnlijk klein granulooom RBK. Advies vergelijking met oudere foto's.",
  "U", "N", "N", "n=rechts",
  note="the only nodule term (granuloom) is itself hedged -> uncertain (contrast: an asserted 'ronde verdichting, waarschijnlijk granuloom' is present)")
R("postop", "Status na lobectomie LOK. Drain links verwijderd. Eventueel kleine restpneumothorax links apicaal. Geen infiltraten.",
  "N", "U", "A", "p=links")
R("question", "Hoesten sinds 6 weken, roker. Tumor?\nVerslag: Rondhaard in de rechter bovenkwab van 2,5 cm, verdacht voor bronchuscarcinoom. Geen pleuravocht.",
  "P", "N", "N", "n=rechts", note="hedge about malignancy only -> present")
R("structured", "Vraagstelling: PTX?\nBevindingen: Lineaire verdichting rechts lateraal, parallel aan de thoraxwand, met longtekening erbuiten, passend bij een huidplooi. Geen pneumothorax.\nConclusie: Huidplooi, geen pneumothorax.",
  "N", "A", "N")
R("short", "Geen consolidaties. Kleine nodus RBK niet uit te sluiten.", "U", "N", "A", "n=rechts")
R("icu", "IC: nieuwe verdichting RBK, dd atelectase bij tube te diep (rechter hoofdbronchus) dd infiltraat. Advies tube 2 cm terugtrekken. Geen PTX.",
  "N", "A", "U", "c=rechts")
R("followup", "Ten opzichte van 2 maanden eerder: de nodus in de rechter onderkwab lijkt iets groter, maar dit kan berusten op een verschil in inspiratie. Advies CT ter vergelijking.",
  "P", "N", "N", "n=rechts",
  note="the nodule exists; the hedge ('lijkt') concerns its growth only -> present")
R("allcaps", "Vraag: pneumonie?\nVerslag: Twijfelachtige verdichting in de linker onderkwab. Geen pleuravocht. Geen pneumothorax.",
  "N", "A", "U", "c=links", caps=True)
R("telegram", "Rondhaard? LOV. Tepelmarkers adv.", "U", "N", "N", "n=links", note="LOV = linker onderveld")
R("narrative", "Bij vergelijking met de opname van vorige week is de consolidatie in de linker onderkwab afgenomen, maar nog duidelijk aanwezig. Rechts is nu een nieuwe subtiele verdichting in de onderkwab zichtbaar, waarbij een beginnend infiltraat niet kan worden uitgesloten. Pleuravocht links stationair. Geen pneumothorax.\nConclusie: Regressie pneumonie links, mogelijk nieuw infiltraat rechts.",
  "N", "A", "P", "c=links",
  note="left consolidation asserted (decreased), right only possible; status present, laterality follows the asserted left side")
R("typos", "Klinsche vraag: pneumothorax?\nVerslag: Moglijk kleine pneumothorax rechts apicaal.", "N", "U", "N", "p=rechts")
R("postop", "Status na pneumectomie links. Rechter long: nieuwe vage verdichting in de onderkwab, verdacht voor infiltraat. Geen pneumothorax rechts.",
  "N", "A", "U", "c=rechts")
R("question", "Vraag: pneumonie of hartfalen?\nVerslag: Cardiomegalie met stuwing. Beiderzijds basaal verdichtingen, passend bij pleuravocht, een bijkomend infiltraat is niet uit te sluiten.",
  "N", "N", "U", "c=beiderzijds")
R("structured", "Klinische gegevens: Bekend met reumatoïde artritis.\nBevindingen: Interstitiële tekening basaal beiderzijds, passend bij fibrose. Meerdere kleine noduli, mogelijk reumanoduli, DD granulomen, in beide longen.\nConclusie: Longfibrose met noduli beiderzijds.",
  "P", "N", "N", "n=beiderzijds", note="DD concerns the type of noduli only; the noduli are asserted")
R("short", "Infiltraat RBK, dd tbc.", "N", "N", "P", "c=rechts",
  note="DD about the cause (tuberculosis) of an asserted infiltrate -> present")
R("icu", "Liggende opname. Mogelijk kleine pneumothorax rechts basaal-lateraal, slecht te beoordelen door overprojectie van het bed.",
  "N", "U", "N", "p=rechts")
R("followup", "Vergeleken met de vorige foto: de verdichting ROK lijkt afgenomen. Geen nieuwe afwijkingen.",
  "N", "N", "P", "c=rechts",
  note="verdichting in a lobe = consolidation; 'lijkt afgenomen' hedges the change, not its existence -> present; 'geen nieuwe afwijkingen' is not a global normal statement: it says nothing new appeared, not that the findings not otherwise described are absent (relabelled 2026-11-27 to the reading of all 9 independent probe reports that use it)")
R("allcaps", "RECHTS APICAAL PLEURALIJN, TWIJFELACHTIG, DD HUIDPLOOI. ADVIES HERHALEN.", "N", "U", "N", "p=rechts")
R("telegram", "Bdz basaal verdichtingen, dd dystelect dd infiltr. Cor grens. Geen PTX.", "N", "A", "U", "c=beiderzijds")
R("narrative", "Opname in expiratie na eerdere twijfel. Er is nu duidelijk een pleuralijn zichtbaar in de linker apex, met daarbuiten geen longtekening. De pneumothorax meet circa 1 cm. De longvelden zijn verder helder.\nConclusie: Kleine pneumothorax links bevestigd.",
  "A", "P", "A", "p=links")
R("typos", "Geen aanwijzingen voor infiltraat of pneumothorax. Twijfelachtge nodus in de rechter hilus, dd vaatstrucuur.",
  "U", "A", "A", "n=rechts")
R("postop", "Status na bullectomie rechts. Drain in situ. Geen pneumothorax. Atelectase rechter bovenkwab, dd infiltraat.",
  "N", "A", "U", "c=rechts")
R("question", "Klinische vraag: Koorts na operatie.\nVerslag: Linker onderkwab: verdichting, eventueel infiltraat. Geen pneumothorax.",
  "N", "A", "U", "c=links")
R("structured", "Vergelijking: 03-2023.\nBevindingen: In de linker onderkwab een nieuwe noduleuze afwijking van 9 mm. Geen consolidaties. Geen pleuravocht.\nConclusie: Nieuwe nodus LOK, advies CT ter verdere karakterisering.",
  "P", "N", "A", "n=links")
R("short", "Geen afwijkingen. Eventueel kleine nodus RBK, CT bij klinische verdenking.", "U", "A", "A", "n=rechts",
  note="'geen afwijkingen' is qualified by the later hedge on the nodule: nodule uncertain, the rest absent")
R("icu", "IC. Drain re in situ, tip apicaal. PTX re? Moeilijk te beoordelen door subcutaan emfyseem.",
  "N", "U", "N", "p=rechts")
R("followup", "T.o.v. 14-06 ongewijzigd infiltraat RBK. Nieuwe ronde haard LOK, DD rond infiltraat DD metastase.",
  "U", "N", "P", "n=links c=rechts",
  note="round haard with DD infiltrate vs metastasis: nodule uncertain; the RBK infiltrate is asserted")
R("allcaps", "GEEN PNEUMOTHORAX. LONGVELDEN HELDER.", "A", "A", "A")
R("telegram", "Re hilus vergroot. Dd lymfklieren dd vasculair. Geen infiltr.", "N", "N", "A",
  note="hilusvergroting with lymph nodes / vascular in the DD is not a nodule")
R("narrative", "Het hart en het mediastinum zijn normaal. In de rechter long projecteert op de hoogte van de 6e achterste rib een vage, ongeveer 1 cm grote verdichting. Op de laterale opname is deze niet te identificeren. Het is niet duidelijk of dit een reële pulmonale afwijking is; een kleine nodus is niet uit te sluiten. Geen consolidaties of pleuravocht.",
  "U", "N", "A", "n=rechts")
R("typos", "Verslag: pneumothoarx links, duidelijk. Drain geadviseerd.", "N", "P", "N", "p=links")
R("postop", "Status na lobectomie rechts. Kleine luchtcollectie rechts basaal, DD restpneumothorax DD postoperatieve holte.",
  "N", "U", "N", "p=rechts")
R("question", "Vraag: PTX? Pijn na acupunctuur.\nVerslag: Verdenking kleine pneumothorax links apicaal. Advies controle over enkele uren.",
  "N", "U", "N", "p=links")

# ---------------------------------------------------------------------------
# Batch G
# ---------------------------------------------------------------------------
R("structured", "Klinische gegevens: Motorongeval, hemodynamisch stabiel.\nVraagstelling: Thoraxletsel?\nBevindingen: Liggende opname. Fracturen van rib 2 t/m 5 links. Verhoogde transparantie van de linker hemithorax met een diep laterale sinus, passend bij een pneumothorax links. Vage verdichting in het linker middenveld, passend bij contusie. Mediastinum niet verbreed.\nConclusie: Ribfracturen links met pneumothorax links. Longcontusie links.",
  "N", "P", "N", "p=links", note="contusion is not one of the three findings")
R("short", "Geen afwijkingen t.o.v. vorig onderzoek.", "A", "A", "A")
R("icu", "IC-foto na thoraxdrain links. Drain tip apicaal. Long links nog niet geheel ontplooid, restpneumothorax 1,5 cm. Consolidatie LOK.",
  "N", "P", "P", "p=links c=links")
R("followup", "Vergelijking 17-04. Bekende tumor LBK met atelectase distaal, ongewijzigd. Geen pleuravocht.",
  "P", "N", "N", "n=links")
R("allcaps", "IC THORAX. TUBE 4 CM BOVEN CARINA. CVC RECHTS, TIP IN VCS. PNEUMOTHORAX RECHTS APICAAL, NIEUW. DIFFUSE CONSOLIDATIES BEIDERZIJDS.",
  "N", "P", "P", "p=rechts c=beiderzijds")
R("telegram", "Li ribfract 7-9. PTX li 1,5 cm. Geen hematothorax. Long re helder.", "N", "P", "N", "p=links",
  note="'long re helder' covers only the right lung")
R("narrative", "Vergeleken met de opname van gisteravond is de positie van de endotracheale tube ongewijzigd. De rechter thoraxdrain is in situ, de pneumothorax rechts is verder afgenomen tot een smalle apicale rand. Het subcutane emfyseem is eveneens afgenomen. In de linker onderkwab is een nieuwe consolidatie ontstaan met luchtbronchogram, verdacht voor een ventilator-geassocieerde pneumonie. De hartgrootte is normaal.\nConclusie: Afgenomen pneumothorax rechts. Nieuwe pneumonie LOK.",
  "N", "P", "P", "p=rechts c=links",
  note="findings hedge ('verdacht voor'), conclusion asserts 'nieuwe pneumonie': conclusion wins -> present")
R("typos", "Pneumothorx rechts na CVC plaatsing, circa 1 cm. Beleid: afwachten.", "N", "P", "N", "p=rechts")
R("postop", "Status na lobectomie LBK dag 3. Drain links verwijderd. Kleine restpneumothorax links apicaal, stationair. Consolidatie in de lingula, passend bij postoperatieve pneumonie.",
  "N", "P", "P", "p=links c=links")
R("question", "Vraag: positie drain? PTX?\nVerslag: Drain rechts met tip apicaal. Pneumothorax rechts nog aanwezig, kleiner dan gisteren.",
  "N", "P", "N", "p=rechts")
R("structured", "Klinische gegevens: Koorts, productief hoesten, verminderd ademgeruis links.\nVraagstelling: Pneumonie?\nVerslag: Consolidatie van de linker onderkwab met luchtbronchogram en uitwissing van de linker diafragmakoepel. Kleine hoeveelheid pleuravocht links. Geen pneumothorax. Geen noduli.\nConclusie: Pneumonie linker onderkwab met parapneumonisch pleuravocht.",
  "A", "A", "P", "c=links")
R("short", "Infiltratieve afwijking RBK.", "N", "N", "P", "c=rechts")
R("icu", "Na intubatie: tube 1 cm boven carina, terugtrekken. Beiderzijds infiltratieve afwijkingen, passend bij ARDS. Geen PTX.",
  "N", "A", "P", "c=beiderzijds")
R("followup", "T.o.v. 1 week eerder: toegenomen infiltraat RBK. Nieuwe kleine caviteit. Geen PTX.",
  "N", "A", "P", "c=rechts")
R("allcaps", "Bevindingen: Noduli beiderzijds, onveranderd. Status na lobectomie rechts.\nConclusie: Stationaire longmetastasen.",
  "P", "N", "N", "n=beiderzijds", caps=True)
R("telegram", "Cor vergroot. Stuwing +. PE bdz. Infiltr? Niet te beoordelen door vocht.", "N", "N", "U",
  note="'Infiltr?' in the body is a hedge; no side stated")
R("narrative", "Het hart is niet vergroot. Er is een pneumonisch infiltraat in de rechter bovenkwab met een afgrenzing tegen de kleine fissuur, die iets naar caudaal bolt. Geen caviteiten. Geen pleuravocht en geen pneumothorax. De linker long is helder.\nConclusie: Lobaire pneumonie rechter bovenkwab.",
  "N", "A", "P", "c=rechts")
R("typos", "Verslag: Consolidatie lingual met luchtbronchogram. Conclusie: pneumonie lingula.",
  "N", "N", "P", "c=links", note="lingula is left-sided")
R("postop", "Status na slokdarmresectie. Drains beiderzijds. Pneumothorax rechts apicaal, 2 cm. Consolidatie rechter onderkwab, DD aspiratie.",
  "N", "P", "P", "p=rechts c=rechts",
  note="DD aspiration concerns the cause of an asserted consolidation")
R("question", "Pneumonie?\nBeiderzijds infiltraten in de onderkwabben.", "N", "N", "P", "c=beiderzijds")
R("structured", "Klinische gegevens: Status na longtransplantatie, dyspneu.\nVergelijking: 01-2024.\nBevindingen: Nieuwe perihilaire consolidaties beiderzijds. Geen pleuravocht. Geen pneumothorax.\nConclusie: Nieuwe consolidaties beiderzijds, DD infectie DD afstoting.",
  "N", "A", "P", "c=beiderzijds",
  note="DD concerns the cause of the consolidations, which are asserted")
R("short", "PTX li.", "N", "P", "N", "p=links")
R("icu", "Bedside, na reanimatie. Pneumothorax links met spanningscomponent, mediastinum naar rechts. Ribfracturen beiderzijds.",
  "N", "P", "N", "p=links")
R("followup", "Vergeleken met eergisteren: de rechtszijdige pneumothorax is toegenomen ondanks drain.",
  "N", "P", "N", "p=rechts")
R("allcaps", "CONSOLIDATIE RECHTER ONDERKWAB. GEEN PNEUMOTHORAX. LINKS GEEN AFWIJKINGEN.", "N", "A", "P", "c=rechts",
  note="'links geen afwijkingen' only covers the left side; nodule not addressed for the right")
R("telegram", "Tube ok. PTX re, nieuw. Drain geadv. Tel doorgegeven.", "N", "P", "N", "p=rechts")
R("narrative", "Thoraxfoto bij een 30-jarige man met acute pijn links na sporten. Er is een pleuralijn aan de linkerzijde zichtbaar die tot halverwege de thoraxhoogte reikt; perifeer hiervan ontbreekt longtekening. De linker long is gecollabeerd tot ongeveer 60% van het volume. Geen mediastinale verschuiving. Rechts geen afwijkingen.\nConclusie: Grote pneumothorax links.",
  "N", "P", "N", "p=links")
R("typos", "Pneuomthorax li apicaal. Cor nl.", "N", "P", "N", "p=links")
R("postop", "Status na longtransplantatie rechts. Drain rechts verwijderd. Geen pneumothorax. Geen infiltraten in de transplantaatlong.",
  "N", "A", "A")
R("question", "Vraagstelling: PTX?\nVerslag: Kleine apicale pneumothorax rechts.", "N", "P", "N", "p=rechts")
R("structured", "Klinische gegevens: Bekend met longcarcinoom RBK, na radiotherapie.\nVergelijking: 3 maanden geleden.\nVerslag: Bekende tumor RBK kleiner. Streperige paramediastinale fibrose rechts, passend bij bestralingsveranderingen. Geen nieuwe noduli. Geen pneumothorax.\nConclusie: Regressie tumor RBK. Bestralingsfibrose.",
  "P", "A", "N", "n=rechts", note="radiation fibrosis is not consolidation")
R("short", "Bdz infiltraten.", "N", "N", "P", "c=beiderzijds")
R("icu", "IC thorax: ongewijzigd bilaterale consolidaties. Nieuw: pneumothorax links, ca 2 cm.", "N", "P", "P", "p=links c=beiderzijds")
R("followup", "Vgl. 12-12: infiltraat ROK verdwenen, maar nu infiltraat LOK.", "N", "N", "P", "c=links")
R("allcaps", "KLINISCHE GEGEVENS: KOORTS.\nVERSLAG: PNEUMONISCH INFILTRAAT IN DE RECHTER MIDDENKWAB.\nCONCLUSIE: PNEUMONIE.",
  "N", "N", "P", "c=rechts")
R("telegram", "Pneumonie RBK, caviteit? Dd abces. Geen PTX.", "N", "A", "P", "c=rechts",
  note="the hedge concerns a cavity/abscess within the asserted pneumonia")
R("narrative", "Staande opname. Het hart heeft een normale grootte en vorm. De longvelden tonen in de rechter onderkwab een gebied van consolidatie met een luchtbronchogram. In de linker long geen afwijkingen. Er is een klein laagje pleuravocht rechts. De benige thorax toont geen afwijkingen.\nConclusie: Pneumonie rechter onderkwab met een kleine parapneumonische effusie.",
  "N", "N", "P", "c=rechts")
R("typos", "Bekend met COPD. Verslag: Infiltraat-achtige afwijking in de rechter onderkwab, dd atelectase.",
  "N", "N", "U", "c=rechts")
R("postop", "Status na thoracotomie rechts. Drains rechts. Subcutaan emfyseem rechter thoraxwand. Geen evidente pneumothorax. Infiltraat ROK.",
  "N", "A", "P", "c=rechts")
R("question", "Vraagstelling: Pneumonie? Bekend met longemfyseem.\nVerslag: Emfyseem. Geen infiltraten.", "N", "N", "A")
R("structured", "Klinische gegevens: Screening tbc-contact.\nVraagstelling: Actieve tbc?\nVerslag: Klein verkalkt granuloom in de rechter bovenkwab en verkalkte hilaire klieren rechts, passend bij oude primaire tbc. Geen consolidaties of caviteiten. Geen pleuravocht.\nConclusie: Geen aanwijzingen voor actieve tbc.",
  "P", "N", "A", "n=rechts")
R("short", "Geen aanwijzingen voor pneumothorax.", "N", "A", "N")
R("icu", "IC. Lijnen en tube ongewijzigd. Geen PTX. Cor grens. Consolidatie bdz onder, iets toegenomen.",
  "N", "A", "P", "c=beiderzijds")
R("followup", "In vergelijking met 09-09: bekende kleine pneumothorax links thans verdwenen.", "N", "A", "N")
R("allcaps", "LINKS BASAAL CONSOLIDATIE MET LUCHTBRONCHOGRAM. GEEN PTX.", "N", "A", "P", "c=links")
R("telegram", "Rondhaard RBK 3 cm. Dd tumor. CT.", "P", "N", "N", "n=rechts",
  note="rondhaard asserted; the DD names its nature -> present")
R("narrative", "Vergeleken met de opname van 3 dagen geleden. De drain links is verwijderd. Er resteert een kleine pneumothorax apicaal links van ongeveer 5 mm. Het subcutane emfyseem is nagenoeg verdwenen. In de rechter long geen nieuwe afwijkingen.",
  "N", "P", "N", "p=links")
R("typos", "Conclusie: rechtszijdige pneumonie (RMK), gene PTX.", "N", "A", "P", "c=rechts")
R("postop", "Status na CABG, dag 4. Geen pneumothorax. Pleuravocht links, afgenomen. Geen infiltraten. Sternumdraden intact.",
  "N", "A", "A")
R("question", "Klinische vraag: Aspiratie?\nVerslag: Consolidatie rechter onderkwab, passend bij aspiratie.",
  "N", "N", "P", "c=rechts")

# ---------------------------------------------------------------------------
# Batch H
# ---------------------------------------------------------------------------
R("structured", "Klinische gegevens: Kortademigheid bij inspanning.\nVraagstelling: Pulmonale oorzaak?\nVerslag: Hart normaal van grootte en configuratie. Normale hili. Longvelden helder, geen noduli, geen consolidaties. Sinus beiderzijds vrij. Geen pneumothorax.\nConclusie: Normale thoraxfoto.",
  "A", "A", "A")
R("short", "Geen afwijkingen van betekenis.", "A", "A", "A")
R("icu", "IC-foto ter controle lijnen. ETT 4 cm boven carina, CVC tip in VCS. Longvelden helder. Geen pneumothorax.",
  "A", "A", "A")
R("followup", "Vergeleken met 2020: ongewijzigd normaal aspect van hart en longen. Geen pneumothorax.",
  "A", "A", "A",
  note="'normaal aspect van hart en longen' covers nodule and consolidation; pneumothorax negated explicitly")
R("allcaps", "GEEN AFWIJKINGEN AAN HART EN LONGEN. GEEN PNEUMOTHORAX.", "A", "A", "A")
R("telegram", "Cor nl, pulm geen afw. Sinus vrij. Geen PTX.", "A", "A", "A",
  note="'pulm geen afw' = pulmonaal geen afwijkingen (lung-scoped normal)")
R("narrative", "Het hart is normaal van grootte. Het mediastinum is niet verbreed en de hili hebben een normaal aspect. In de longvelden zijn geen consolidaties, noduli of interstitiële afwijkingen zichtbaar. De sinus phrenicocostales zijn vrij. Er is geen pneumothorax. De benige thorax is intact.\nConclusie: Geen afwijkingen.",
  "A", "A", "A")
R("typos", "Geen afwijkigne. Normaal hart en longen.", "A", "A", "A")
R("postop", "Status na sternotomie, jaren geleden. Sternumdraden intact. Verder normale thoraxfoto.", "A", "A", "A")
R("question", "Pneumonie?\nGeen afwijkingen.", "A", "A", "A")
R("structured", "Indicatie: Ter uitsluiting longmetastasen, bekend met niercelcarcinoom.\nVergelijking: 6 maanden geleden.\nBevindingen: Nieuwe nodus van 10 mm in de linker bovenkwab. Verder geen noduli. Geen pleuravocht. Geen consolidaties.\nConclusie: Nieuwe nodus LBK, verdacht voor metastase.",
  "P", "N", "A", "n=links")
R("short", "Nodus LOK 1 cm, nieuw.", "P", "N", "N", "n=links")
R("icu", "IC. Geen PTX. Toevallige bevinding: rondhaard RBV 15 mm, advies CT na ontslag IC.", "P", "A", "N", "n=rechts")
R("followup", "T.o.v. 2022: coin lesion rechter onderkwab, ongewijzigd 12 mm. Verder stationair.",
  "P", "N", "N", "n=rechts",
  note="'verder stationair' is not a normal statement: other findings not addressed")
R("allcaps", "VERSLAG: SCHERP BEGRENSDE RONDE VERDICHTING VAN 2 CM IN DE RECHTER ONDERKWAB. GEEN CONSOLIDATIES.\nCONCLUSIE: RONDHAARD RECHTER ONDERKWAB, ADVIES CT.",
  "P", "N", "A", "n=rechts")
R("telegram", "Noduli RBK x3, max 6 mm. Vgl oude foto adv.", "P", "N", "N", "n=rechts")
R("narrative", "Bij deze patiënt met een bekend adenocarcinoom van de linker bovenkwab is de tumor in de linker bovenkwab toegenomen tot 5 cm met invasie van het mediastinum. Er zijn nieuwe kleine noduli in de rechter long. Het pleuravocht links is toegenomen. Geen pneumothorax. Geen consolidaties.\nConclusie: Progressie van de tumor links met nieuwe longmetastasen rechts.",
  "P", "A", "A", "n=beiderzijds")
R("typos", "Verslag: Bekende longtuomr RBK. Nieuwe noduus LOK.", "P", "N", "N", "n=beiderzijds")
R("postop", "Status na wigresectie RBK wegens metastase. Nieuwe nodus van 7 mm LOK. Geen pneumothorax.",
  "P", "A", "N", "n=links")
R("question", "Vraagstelling: tbc?\nVerslag: Verkalkte haardjes in beide apices, passend bij oude tbc. Geen consolidaties, geen caviteiten.",
  "P", "N", "A", "n=beiderzijds", note="verkalkte haardjes = granulomata -> nodule present")
R("structured", "Klinische gegevens: Toevalsbevinding op CT-abdomen: nodus basaal rechts.\nVraagstelling: Zichtbaar op X-thorax?\nVerslag: Nodus in de rechter onderkwab is niet zichtbaar op de thoraxfoto. Longvelden overigens helder.\nConclusie: De op CT beschreven nodus is op de thoraxfoto niet te identificeren.",
  "A", "N", "A",
  note="hard case: the nodule is not visible on this examination; labelled absent for the current image")
R("short", "Noduli bdz, metastasen.", "P", "N", "N", "n=beiderzijds")
R("icu", "IC thorax: massa in het rechter bovenmediastinum/hilus, bekend. Tube ok. Geen PTX. Geen nieuwe infiltraten.",
  "P", "A", "A", "n=rechts")
R("followup", "Vergeleken met 6 maanden eerder: de nodus in de linker onderkwab is niet meer zichtbaar. Geen nieuwe noduli.",
  "A", "N", "N")
R("allcaps", "THORAX: MULTIPELE RONDHAARDEN IN BEIDE LONGEN (KANONSKOGEL-METASTASEN). KLEIN PLEURAVOCHT RECHTS.",
  "P", "N", "N", "n=beiderzijds")
R("telegram", "RBV rondhaard, dd tepel. Tepelmarkers: tepelschaduw bevestigd. Geen nodus.", "A", "N", "N",
  note="after nipple markers the opacity is identified as tepelschaduw and the nodule is negated")
R("narrative", "Op de thoraxfoto is een tweetal ronde, scherp begrensde verdichtingen zichtbaar in de linker onderkwab, van respectievelijk 8 en 12 mm. Bij vergelijking met de opname van vorig jaar waren deze al aanwezig, maar kleiner. Gezien de groei zijn deze verdacht voor maligniteit. Verder geen afwijkingen.\nConclusie: Twee groeiende noduli LOK, advies CT.",
  "P", "A", "A", "n=links")
R("typos", "Geen aanwijzingen voor metastasen. Geen nodli, geen pleuravocht.", "A", "N", "N")
R("postop", "Status na lobectomie RBK wegens NSCLC, 1 jaar geleden. Geen recidief zichtbaar. Geen noduli. Longvelden helder.",
  "A", "N", "A")
R("question", "Ter uitsluiting longmetastasen\nGeen afwijkingen.", "A", "A", "A")
R("structured", "Indicatie: Coin lesion op oudere foto, controle.\nBevindingen: Rondhaard in het linker middenveld, 14 mm, niet veranderd ten opzichte van 2021 en 2019. Overige longvelden helder.\nConclusie: Stationaire rondhaard links, sinds 2019 onveranderd, passend bij een benigne laesie.",
  "P", "N", "A", "n=links")
R("short", "Massa LBK.", "P", "N", "N", "n=links")
R("icu", "IC. Geen infiltraat. Geen PTX. Lijnen ok.", "N", "A", "A")
R("followup", "Vergelijking met 8 weken eerder: het restinfiltraat RMK is verdwenen; er is echter een nodus van 8 mm achtergebleven op dezelfde plaats. Advies CT.",
  "P", "N", "A", "n=rechts")
R("allcaps", "GRANULOOM LINKER BOVENKWAB. VERDER GEEN AFWIJKINGEN.", "P", "A", "A", "n=links")
R("telegram", "Longtumor re, bekend. Dec cordis. Geen PTX.", "P", "A", "N", "n=rechts")
R("narrative", "De thoraxfoto laat beiderzijds meerdere kleine rondhaarden zien, tot maximaal 1 cm, verspreid over alle longvelden. Het beeld is onveranderd ten opzichte van het vorige onderzoek van 3 maanden geleden. Er is geen pleuravocht, geen pneumothorax en er zijn geen consolidaties.\nConclusie: Stationaire longmetastasen beiderzijds.",
  "P", "A", "A", "n=beiderzijds")
R("typos", "Verslag: Rondharad in de linker long, 2 cm, nieuw.", "P", "N", "N", "n=links")
R("postop", "Status na radiofrequente ablatie van een nodus in de rechter onderkwab. Ablatiezone met holte rechts onder. Geen pneumothorax. Geen nieuwe noduli.",
  "A", "A", "N",
  note="ablated lesion described as an ablation zone, not a nodule; no new noduli -> absent")
R("question", "Tumor? Hemoptoe bij roker.\nBevindingen: Massa in de rechter hilus van 4 cm met atelectase van de rechter bovenkwab.\nConclusie: Centrale tumor rechts.",
  "P", "N", "N", "n=rechts", note="atelectase is not consolidation")
R("structured", "Vraagstelling: Pneumonie?\nVerslag: Geen infiltraten. Toevallige bevinding: nodus van 6 mm in de linker onderkwab. Advies CT.\nConclusie: Geen pneumonie. Nodus LOK.",
  "P", "N", "A", "n=links")
R("short", "Geen afwijkingen aan de longen.", "A", "N", "A",
  note="lung-scoped normal statement: covers nodule and consolidation, not the pleura")
R("icu", "IC. ETT ok. Retrocardiale consolidatie, toegenomen. Geen PTX.", "N", "A", "P",
  note="retrocardiac: no side stated")
R("followup", "Vgl. 4 weken eerder: noduli bdz afgenomen na therapie, deels niet meer zichtbaar.", "P", "N", "N", "n=beiderzijds")
R("allcaps", "ONGESTOORDE THORAX.", "A", "A", "A",
  note="'Ongestoorde thorax' treated as a global normal statement")
R("telegram", "Nl thorax.", "A", "A", "A", note="'Nl thorax' = normale thorax")
R("narrative", "Een jonge vrouw zonder voorgeschiedenis. De thoraxfoto toont een normaal hart, normale hili en heldere longvelden zonder consolidaties of noduli. De pleurale ruimten zijn vrij van vocht en lucht. Er zijn geen afwijkingen aan de benige thorax.",
  "A", "A", "A", note="'pleurale ruimten vrij van lucht' = no pneumothorax")
R("typos", "Normale thoraxfoot, geen afwijkingen.", "A", "A", "A")
R("postop", "Status na mitralisklepvervanging. Normale positie van de prothese. Verder geen afwijkingen.", "A", "A", "A")
R("question", "Vraagstelling: Preoperatief.\nVerslag: Geen actieve longafwijkingen. Geen pneumothorax.", "A", "A", "A")

# ---------------------------------------------------------------------------
# Batch I
# ---------------------------------------------------------------------------
R("structured", "Klinische gegevens: Bekend met melanoom, stadium III.\nVraagstelling: Ter uitsluiting longmetastasen.\nBevindingen: Normale hartgrootte. In de rechter onderkwab een vage ronde verdichting van ongeveer 7 mm, die ook een vat in doorsnede kan zijn. Overige longvelden helder. Geen pleuravocht.\nConclusie: Kleine nodus ROK niet uit te sluiten. Advies CT-thorax ter uitsluiting van longmetastasen.",
  "U", "N", "A", "n=rechts")
R("short", "Normale thoraxfoto, echter subtiele nodus RBK niet uit te sluiten.", "U", "A", "A", "n=rechts",
  note="global normal statement qualified by a hedge on the nodule")
R("icu", "IC liggend. Subtiele hyperlucentie rechts basaal, eventueel ventrale pneumothorax. CT of echo ter uitsluiting geadviseerd.",
  "N", "U", "N", "p=rechts")
R("followup", "T.o.v. 3 maanden eerder: noduleuze verdichting LBK, mogelijk nieuw, mogelijk eerder gemaskeerd door het infiltraat. Infiltraat zelf verdwenen.",
  "P", "N", "A", "n=links",
  note="the noduleuze verdichting is asserted; 'mogelijk nieuw' hedges only whether it is new -> present")
R("allcaps", "VERDACHT VOOR EEN KLEINE NODUS RECHTS PERIHILAIR. DD VAT. ADVIES CT. GEEN PNEUMOTHORAX.",
  "U", "A", "N", "n=rechts")
R("telegram", "Li apex: pleuralijn? of scapularand. PTX niet uitgesloten. Herhaling adv.", "N", "U", "N", "p=links")
R("narrative", "Het hart is niet vergroot. In de linker hilus lijkt een rondachtige verdichting te projecteren die op de vorige opname minder opvallend was. Dit kan berusten op een prominente pulmonaalarterie, maar een hilaire massa kan op basis van deze opname niet worden uitgesloten. De longvelden zijn verder helder. Geen pleuravocht.\nConclusie: Mogelijk hilaire massa links, advies CT-thorax.",
  "U", "N", "A", "n=links")
R("typos", "Verslag: Twijfelachtge pneuomthorax rechts apicaal. Advies expiratiefoto.", "N", "U", "N", "p=rechts")
R("postop", "Status na thoracoscopie links. Drain verwijderd. Kleine apicale pleurale lucht links niet uit te sluiten. Geen infiltraten.",
  "N", "U", "A", "p=links")
R("question", "Vraagstelling: Pneumonie? Bekend met COPD.\nVerslag: Hyperinflatie. Rechts basaal twijfelachtige verdichting, mogelijk beginnend infiltraat. Geen pneumothorax.",
  "N", "A", "U", "c=rechts")
R("structured", "Klinische gegevens: Onverklaard gewichtsverlies.\nBevindingen: Normaal hart. In de linker bovenkwab een onscherp begrensde verdichting van ca 3 cm, DD infiltraat DD tumor. Geen pleuravocht. Geen pneumothorax.\nConclusie: Verdichting LBK, maligniteit niet uit te sluiten, advies CT.",
  "U", "A", "U", "n=links c=links")
R("short", "Kleine nodus li?", "U", "N", "N", "n=links",
  note="no indication section: a headerless report line with '?' is a hedge of the radiologist")
R("icu", "IC. Huidplooien beiderzijds. Pneumothorax niet uit te sluiten. Advies herhalen.", "N", "U", "N")
R("followup", "Vergelijking met 2 dagen eerder: de kleine apicale pneumothorax links lijkt verdwenen, maar beoordeling is beperkt door de liggende opname.",
  "N", "U", "N", "p=links",
  note="'lijkt verdwenen' with a stated limitation: hedged -> uncertain")
R("allcaps", "MOGELIJK INFILTRAAT LINGULA. GEEN PTX.", "N", "A", "U", "c=links")
R("telegram", "RMV kleine ronde verdichting, dd nodus dd tepel. Tepelmarkers adv.", "U", "N", "N", "n=rechts")
R("narrative", "Vergeleken met de opname van vorige week: de drain rechts is vorige dag verwijderd. Rechts apicaal is een subtiele lijn zichtbaar die zou kunnen passen bij een kleine restpneumothorax, maar ook een huidplooi kan zijn. Er is geen toename van het subcutane emfyseem. De longvelden zijn verder helder.",
  "A", "U", "A", "p=rechts")
R("typos", "Vraagstelling: metastasen?\nVerslag: moglijk kleine nodus rechts onder. Advies CT ter uitsluiting.", "U", "N", "N", "n=rechts")
R("postop", "Status na lobectomie LBK. Kleine ronde verdichting bij de hilus links, DD lymfeklier DD recidief tumor. Geen pneumothorax.",
  "U", "A", "N", "n=links",
  note="the DD includes a non-nodule entity (lymph node), so whether a nodule exists is hedged -> uncertain")
R("question", "Vraag: pneumothorax na punctie?\nVerslag: Twijfelachtig smalle pneumothorax rechts apicaal, nauwelijks meetbaar.",
  "N", "U", "N", "p=rechts")
R("structured", "Klinische gegevens: Sikkelcelziekte, thoraxpijn.\nVraagstelling: Acute chest syndrome?\nBevindingen: Nieuwe verdichtingen in beide onderkwabben, verdacht voor infiltraten of infarcering. Geen pneumothorax.\nConclusie: Beeld verdacht voor acute chest syndrome.",
  "N", "A", "U", "c=beiderzijds")
R("short", "Geen PTX. Geen infiltraat. Noduletje RBV, dd tepelschaduw.", "U", "A", "A", "n=rechts")
R("icu", "IC na thoraxdrain rechts. Drain in goede positie. Pneumothorax rechts nagenoeg verdwenen, mogelijk minimale apicale rest.",
  "N", "U", "N", "p=rechts",
  note="'nagenoeg verdwenen, mogelijk minimale rest': the final assertion is hedged -> uncertain")
R("followup", "T.o.v. vorige maand: verdichting ROK niet verdwenen; DD persisterend infiltraat DD onderliggende tumor. Advies CT.",
  "U", "N", "U", "n=rechts c=rechts",
  note="the opacity is persistent but its nature (infiltrate vs tumour) is in a DD: both uncertain")
R("allcaps", "SUGGESTIE VAN EEN KLEINE PNEUMOTHORAX RECHTS. OVERIGENS GEEN AFWIJKINGEN.", "A", "U", "A", "p=rechts")
R("telegram", "? nodus LOK achter hartschaduw. CT ter uitsl.", "U", "N", "N", "n=links")
R("narrative", "De thoraxfoto toont een normaal gevormd hart. De longvelden zijn beiderzijds helder, zonder aanwijzingen voor infiltraten. In de linker apex is er een onregelmatige pleurale verdikking. Een kleine apicale pneumothorax kan hier niet met zekerheid worden uitgesloten, maar is niet waarschijnlijk.",
  "A", "U", "A", "p=links",
  note="'niet met zekerheid uitgesloten, maar niet waarschijnlijk' is still a hedge -> uncertain")
R("typos", "Geen pneumothroax. Mogelijk klein infilraat LOK, dd atelectase.", "N", "A", "U", "c=links")
R("postop", "Status na mediastinoscopie. Geen pneumothorax. Verbreed mediastinum, postoperatief. Kleine ronde verdichting RBK, onduidelijk of dit reëel is.",
  "U", "A", "N", "n=rechts")
R("question", "Vraagstelling: Longembolie?\nBevindingen: Wigvormige perifere verdichting in de linker onderkwab, DD infarct, DD infiltraat. Geen pneumothorax.",
  "N", "A", "U", "c=links")
R("structured", "Vraagstelling: Pneumothorax na biopsie?\nVerslag: Geen pneumothorax. Bekende nodus in de rechter bovenkwab, status na biopsie. Klein hematoom rond de nodus.",
  "P", "A", "N", "n=rechts")
R("short", "Geen afw. Lijkt geen PTX.", "A", "U", "A",
  note="'lijkt geen PTX' is a hedged negation; the specific hedge overrides the global normal for pneumothorax")
R("icu", "IC-thorax AP. Tube ok. Beiderzijds vage verdichtingen, waarschijnlijk oedeem, infiltraten niet uit te sluiten. Geen PTX.",
  "N", "A", "U", "c=beiderzijds")
R("followup", "Vgl. 06-05: pneumothorax rechts verdwenen. Wel nieuwe verdichting ROK, verdacht voor infiltraat.",
  "N", "A", "U", "c=rechts")
R("allcaps", "Verslag: Lijkt kleine nodus in de linker onderkwab, mogelijk tepelschaduw. Advies herhaling met tepelmarkers.",
  "U", "N", "N", "n=links", caps=True)
R("telegram", "IC: tube ok. PTX li? Deep sulcus li. Adv CT.", "N", "U", "N", "p=links")
R("narrative", "Ten opzichte van het vorige onderzoek is er een nieuwe, ongeveer 15 mm grote, onscherp begrensde verdichting in het rechter bovenveld. Dit kan passen bij een klein infiltraat of een nodus. Klinische correlatie en een controle-opname over 6 weken worden geadviseerd. Geen pleuravocht of pneumothorax.",
  "U", "A", "U", "n=rechts c=rechts")
R("typos", "Conclsuie: verdacht voor pnuemothorax rechts, dd huidplooi.", "N", "U", "N", "p=rechts")
R("postop", "Status na sternotomie dag 2. Drains verwijderd. Mogelijk kleine pneumothorax links apicaal. Atelectase links basaal.",
  "N", "U", "N", "p=links")
R("question", "Klaplong?\nVerslag: Waarschijnlijk kleine pneumothorax rechts apicaal, ca 5 mm.", "N", "U", "N", "p=rechts")
R("structured", "Klinische gegevens: Hoesten, nachtzweten.\nVraagstelling: Tbc?\nBevindingen: Verdichting in het apicoposterieure segment van de linker bovenkwab met een kleine opheldering, verdacht voor een caviterend infiltraat. Geen pleuravocht.\nConclusie: Verdacht voor actieve tbc links boven.",
  "N", "N", "U", "c=links")
R("short", "Longvelden helder. Geen PTX.", "A", "A", "A")
R("icu", "IC. Geen PTX. Lijnen ok. Longvelden helder.", "A", "A", "A")
R("followup", "Vergeleken met 3 maanden geleden: geen afwijkingen meer zichtbaar. Het eerder beschreven infiltraat is volledig verdwenen.",
  "A", "A", "A")
R("allcaps", "KLINISCHE GEGEVENS: KOORTS.\nVRAAGSTELLING: PNEUMONIE?\nVERSLAG: HART EN LONGEN ZONDER AFWIJKINGEN. SINUS VRIJ. GEEN PNEUMOTHORAX.\nCONCLUSIE: GEEN AANWIJZINGEN VOOR PNEUMONIE.",
  "A", "A", "A")
R("telegram", "Thorax: geen bijzonderheden.", "A", "A", "A", note="'geen bijzonderheden' treated as a global normal statement")
R("narrative", "Er zijn geen aanwijzingen voor een pneumothorax. Het hart en het mediastinum zijn normaal. De longvelden tonen geen infiltraten en geen haarden. Sinus beiderzijds vrij.\nConclusie: Normale thoraxfoto.",
  "A", "A", "A")
R("typos", "Verslag: Goede inspiratie. Normaal cor. Longveleden helder. Geen pneumotrhorax.\nConclusie: geen afwijkinge.",
  "A", "A", "A")
R("postop", "Status na pacemakerimplantatie links. Leads in RA en RV. Geen pneumothorax. Longvelden helder.",
  "A", "A", "A")
R("question", "Preoperatief. Afwijkingen?\nVerslag: Normale thoraxfoto.", "A", "A", "A")

# ---------------------------------------------------------------------------
# Batch J
# ---------------------------------------------------------------------------
R("structured", "Klinische gegevens: 72-jarige man, koorts en dyspneu, bekend met longcarcinoom LBK.\nVraagstelling: Pneumonie? Progressie?\nVergelijking: 10-2023.\nBevindingen: De bekende tumor in de linker bovenkwab is toegenomen tot 6 cm. Nieuwe consolidatie in de rechter onderkwab met luchtbronchogram. Een smalle pleuralijn links apicaal, passend bij een kleine pneumothorax na het recente biopt. Pleuravocht links.\nConclusie: Progressie tumor LBK. Pneumonie ROK. Kleine pneumothorax links.",
  "P", "P", "P", "n=links p=links c=rechts")
R("short", "Geen afwijkingen, m.n. geen PTX.", "A", "A", "A")
R("icu", "IC-opname, liggend. ETT 3 cm boven carina. CVC v. subclavia rechts, tip in VCS. Pneumothorax rechts apicaal, ca 1 cm, na lijnplaatsing. Bilaterale basale consolidaties, DD atelectase.",
  "N", "P", "U", "p=rechts c=beiderzijds")
R("followup", "Vergeleken met 19-03: Stationaire kleine nodus RMK. Infiltraat LOK verdwenen. Pneumothorax niet meer aanwezig.",
  "P", "A", "A", "n=rechts")
R("allcaps", "VERSLAG: GEEN PNEUMOTHORAX. GEEN CONSOLIDATIES. ENKELE KLEINE VERKALKTE GRANULOMEN IN DE RECHTER LONG.",
  "P", "A", "A", "n=rechts")
R("telegram", "Tube ok, CVC ok. PTX re nieuw ca 1 cm. Infiltr LOK stationair. Nodus RBK bekend.", "P", "P", "P",
  "n=rechts p=rechts c=links")
R("narrative", "Vergeleken met het onderzoek van 2 weken geleden. Er is een afname van het pleuravocht rechts na punctie; na de punctie is er een kleine hydropneumothorax rechts ontstaan met een lucht-vochtspiegel. Het infiltraat in de rechter onderkwab is niet veranderd. In de linker long een nieuwe ronde verdichting van 1 cm, verdacht voor een nodus, maar overprojectie is niet uit te sluiten.\nConclusie: Kleine hydropneumothorax rechts na punctie. Stationair infiltraat ROK. Mogelijk nieuwe nodus links.",
  "U", "P", "P", "n=links p=rechts c=rechts")
R("typos", "Bevidingen: Bekende noduli bdz. Kleine pneumothoraks re na biopt. Geen infiltarten.", "P", "P", "A",
  "n=beiderzijds p=rechts")
R("postop", "Status na lobectomie RBK. Drain rechts. Restpneumothorax rechts 1 cm. Subcutaan emfyseem. Nieuw infiltraat LOK, verdacht voor aspiratiepneumonie.",
  "N", "P", "P", "p=rechts c=links",
  note="'verdacht voor aspiratiepneumonie' hedges the cause of an asserted 'nieuw infiltraat' -> present")
R("question", "Vraagstelling: PTX? Pneumonie? Metastasen?\nVerslag: Normale thoraxfoto.", "A", "A", "A")
R("structured", "Indicatie: Preoperatief.\nVerslag: Normaal hart. Geen actieve longafwijkingen. Sinus vrij. Geen pneumothorax.\nConclusie: Geen contra-indicatie vanuit de thoraxfoto.",
  "A", "A", "A")
R("short", "Thorax zonder afwijkingen.", "A", "A", "A")
R("icu", "IC. Klaplong links door slijmprop? Totale opaciteit linker hemithorax met verschuiving van het mediastinum naar links, passend bij atelectase van de linker long. Geen pneumothorax.",
  "N", "A", "N",
  note="'klaplong' used loosely for a collapsed lung due to atelectasis and only as a question; the report says atelectasis, not pneumothorax, and negates pneumothorax")
R("followup", "Vergelijking met vorige dag: ongewijzigde positie van de lijnen. Geen pneumothorax. Infiltraat ROK stationair. Toegenomen pleuravocht rechts.",
  "N", "A", "P", "c=rechts")
R("allcaps", "Conclusie: Normale thoraxfoto.", "A", "A", "A", caps=True)
R("telegram", "Cor/pulm geen bijz.", "A", "N", "A",
  note="cor en pulmones zonder bijzonderheden: heart and lungs only, pleura not addressed")
R("narrative", "Thoraxfoto na val van een ladder. Er zijn fracturen van de 9e en 10e rib rechts dorsaal. Er is geen pneumothorax en geen hematothorax. De longvelden zijn helder. De lever- en miltcontouren projecteren normaal.\nConclusie: Ribfracturen rechts zonder pneumothorax.",
  "A", "A", "A")
R("typos", "Vraagstelling: pnemonie?\nVerslag: geen infiltraten, geen pleuravoch, geen pneumothorax. Cor nl.",
  "N", "A", "A")
R("postop", "Status na lobectomie LOK. Geen pneumothorax. Geen infiltraten. Geen noduli. Normale postoperatieve situatie.",
  "A", "A", "A")
R("question", "Pneumonie?\nVerslag: Ongestoorde thorax.", "A", "A", "A",
  note="'Ongestoorde thorax' treated as a global normal statement")
R("structured", "Klinische gegevens: Bekend met M. Hodgkin.\nVraagstelling: Mediastinale massa?\nVerslag: Verbreding van het bovenste mediastinum door een mediastinale massa, afgenomen t.o.v. vorig onderzoek. Longvelden helder. Geen pleuravocht.\nConclusie: Afgenomen mediastinale massa.",
  "P", "N", "A",
  note="hard case: 'massa' is a nodule term and the rule does not restrict it to the lung; the decreased mass is still present. 'longvelden helder' speaks about the lung fields and does not negate the mediastinal mass. No side stated")
R("short", "Infiltraat li onder. Geen PTX.", "N", "A", "P", "c=links")
R("icu", "IC: drain li verwijderd. Geen pneumothorax. Wel toegenomen consolidatie LOK.", "N", "A", "P", "c=links")
R("followup", "T.o.v. 2 weken eerder: geen toename van het infiltraat in de linker bovenkwab. Bekende kleine nodus RBK.",
  "P", "N", "P", "n=rechts c=links",
  note="'geen toename' implies the infiltrate is still present")
R("allcaps", "PNEUMOTHORAX RECHTS, TOEGENOMEN T.O.V. GISTEREN. DRAIN ADVIES.", "N", "P", "N", "p=rechts")
R("telegram", "LOK consolidatie + luchtbronchogram = pneumonie. Tevens nodus RBK 1 cm, nieuw. Geen PTX.",
  "P", "A", "P", "n=rechts c=links")
R("narrative", "Het hart is niet vergroot. Er is geen pleuravocht. In beide longen zijn geen consolidaties zichtbaar. Er is geen pneumothorax. Wel is er een kleine, scherp begrensde ronde verdichting in de linker onderkwab van 6 mm, waarschijnlijk een granuloom.",
  "P", "A", "A", "n=links",
  note="'ronde verdichting' asserted; 'waarschijnlijk een granuloom' hedges its nature only -> present")
R("typos", "Kleine tepelschaduw rechst, geen nodus. Verder geen afwijkngen.", "A", "A", "A")
R("postop", "Status na VATS bullectomie rechts. Geen restpneumothorax. Stapellijn rechts apicaal. Geen infiltraten.",
  "N", "A", "A")
R("question", "Vraag: Corpus alienum ingeslikt?\nVerslag: Geen radio-opake corpora aliena. Longvelden helder. Geen pneumothorax.",
  "A", "A", "A")

# ---------------------------------------------------------------------------
# Extension (r0481-r0680): written to broaden phrasing coverage (other negation and hedge
# wordings, temporal/comparison terms, other section headers and hospital templates,
# dictation artefacts, bullet lists, numbered conclusions, loanwords). Same rules as above.
# ---------------------------------------------------------------------------
# Batch K
R("structured", "Reden aanvraag: Dyspneu, saturatiedaling.\nBeschrijving: Normale cortransversaal. Er zijn geen consolidaties. Nergens een pleuralijn zichtbaar. Geen pleuravocht.\nOordeel: Geen verklaring voor de dyspneu op de thoraxfoto.",
  "N", "A", "A",
  note="'nergens een pleuralijn zichtbaar' is the usual way of saying no pneumothorax (as 'geen pleuralijn' in r0070)")
R("short", "Geen PTX meer. Restloos verdwenen infiltraat LBK.", "N", "A", "A")
R("icu", "IC, liggende opname, beperkt beoordeelbaar. ETT op 5 cm boven de carina. Drain rechts in situ. Pneumothorax rechts niet goed te beoordelen op deze liggende opname, geen deep sulcus sign. Toegenomen stuwing.",
  "N", "U", "N", "p=rechts",
  note="the report names the pneumothorax question but says it cannot be assessed; without a firm negation this is a hedge -> uncertain (cf. r0109)")
R("followup", "Vgl. 02-02: het infiltraat in de rechter middenkwab is in regressie, maar nog niet restloos verdwenen. Geen nieuwe afwijkingen.",
  "N", "N", "P", "c=rechts",
  note="'in regressie, nog niet verdwenen' = decreased but present; 'geen nieuwe afwijkingen' is not a global normal statement: it says nothing new appeared, not that the findings not otherwise described are absent (relabelled 2026-11-27 to the reading of all 9 independent probe reports that use it)")
R("allcaps", "BEVINDING: AFWEZIGHEID VAN PNEUMOTHORAX NA PLEURAPUNCTIE LINKS. RESTEREND PLEURAVOCHT LINKS BASAAL, AFGENOMEN. GEEN CONSOLIDATIE. NODULUS NIET AANGETOOND.",
  "A", "A", "A")
R("telegram", "Thx PA/lat: cor nl, hili nl. RBK opacity ca 12 mm, dd nodule dd overprojectie rib. Sinus bdz scherp. Geen PTX. Geen consolidatie.",
  "U", "A", "A", "n=rechts",
  note="the DD includes a non-nodule explanation (rib overprojection) -> nodule uncertain")
R("narrative", "Thoraxfoto staand in twee richtingen, vergeleken met de opname van vorig jaar. De hartgrootte valt binnen normale grenzen, wel een elongatie van de aorta. In de rechter onderkwab is een nieuwe, onscherp begrensde verdichting zichtbaar met een luchtbronchogram; dit beeld is passend bij een lobaire pneumonie. Daarnaast valt in het linker middenveld een ronde afwijking van 9 mm op die op de vorige opname nog niet aanwezig was; deze zou kunnen passen bij een nodus, maar kan ook berusten op een tepelschaduw. Er is een geringe hoeveelheid pleuravocht rechts. Er is geen pneumothorax.\nImpressie: 1. Pneumonie rechter onderkwab. 2. Nieuwe ronde afwijking links, dd nodus dd tepelschaduw; advies herhaling met tepelmarkers.",
  "U", "A", "P", "n=links c=rechts",
  note="nodule vs nipple shadow in the DD -> nodule uncertain")
R("typos", "Verslag: Geen pneumothorx. Consolidatie in de linker onderkwab, pasend bij pneumonie. Geen nodli.",
  "A", "A", "P", "c=links")
R("postop", "Status na CABG (s/p sternotomie). Sternumcerclages intact. Drains verwijderd. Er is een smalle apicale pneumothorax links van 4 mm, nieuw t.o.v. gisteren. Basale dystelectase links. Verder geen bijz.",
  "A", "P", "A", "p=links",
  note="dystelectase is not consolidation; 'verder geen bijz.' read like 'verder geen afwijkingen' (covers nodule and consolidation)")
R("question", "Vraag: Longembolie? Pneumonie?\nBevinding: Geen consolidaties. Geen pleuravocht. Geen pneumothorax. Longembolie is op een thoraxfoto niet uit te sluiten; zo nodig CT-angiografie.",
  "N", "A", "A")
R("structured", "Klinische info: Oncologische stadiëring bij mammacarcinoom rechts.\nBeschrijving: Status na mastectomie rechts. Er zijn geen noduleuze afwijkingen in beide longvelden. Geen pleuravocht. Geen pneumothorax. Skelet zonder aanwijzingen voor metastasen.\nSamenvatting: Geen aanwijzingen voor longmetastasen.",
  "A", "A", "N")
R("short", "Nodulus li boven, suspect. CT advies.", "P", "N", "N", "n=links",
  note="'suspect' qualifies the (malignant) nature of an asserted nodulus -> present")
R("icu", "Bedside. Status idem: tube, CVC re, maagsonde ongewijzigd. Bekende pneumothorax rechts onveranderd aanwezig, drain in situ. Retrocardiaal consolidatie, nieuw.",
  "N", "P", "P", "p=rechts",
  note="retrocardiac consolidation: no side stated, laterality left empty")
R("followup", "Vergeleken met 14-11: de bekende nodus in de linker onderkwab is progressief, nu 16 mm (was 11 mm). Geen nieuwe noduli. Geen pleuravocht.",
  "P", "N", "N", "n=links")
R("allcaps", "X-THORAX\nKLINISCHE INFO: TRAUMA, VAL VAN TRAP.\nBEVINDING: FRACTUUR 6E RIB LINKS LATERAAL. SUBTIELE PLEURALIJN LINKS APICAAL, VERDACHT VOOR EEN KLEINE PNEUMOTHORAX. GEEN HEMATOTHORAX. GEEN LONGCONTUSIE.\nOORDEEL: RIBFRACTUUR LINKS, SUSPECT KLEINE PTX LINKS.",
  "N", "U", "N", "p=links", note="'verdacht voor' / 'suspect' hedge the existence of the pneumothorax itself -> uncertain")
R("telegram", "RMK infiltr? dd atelect. PE re klein. Geen PTX. Nl hart.", "N", "A", "U", "c=rechts",
  note="PE = pleural effusion; middenkwab is right-sided")
R("narrative", "De patiënt is bekend met COPD. Er zijn tekenen van emfyseem met afgeplatte diafragmakoepels en enkele bullae apicaal beiderzijds. Een pneumothorax is niet aanwezig; de bullae moeten niet verward worden met vrije lucht. Geen infiltratieve afwijkingen. Geen noduli.",
  "A", "A", "A")
R("typos", "Concluise: Kleine pnuemothorax rechts apicaal, verder geen afwijkingen.", "A", "P", "A", "p=rechts")
R("postop", "Status na rechtszijdige pneumectomie. Postpneumectomieholte rechts gedeeltelijk gevuld met vocht, lucht-vochtspiegel, passend bij de postoperatieve fase. De linker long is helder, zonder consolidaties of noduli, en volledig ontplooid.",
  "A", "A", "A",
  note="air in the pneumectomy cavity is not a pneumothorax; after a pneumectomy the remaining lung is the whole lung, negated explicitly ('volledig ontplooid' = no pneumothorax)")
R("question", "Ter uitsluiting pneumothorax na pleurabiopt\nVerslag: Pneumothorax uitgesloten. Verder niets bijzonders.",
  "A", "A", "A", note="'verder niets bijzonders' read like 'verder geen afwijkingen'")

# Batch L
R("structured", "Reden aanvraag: Persisterende hoest na antibiotica.\nVergelijking: 3 weken geleden.\nBevindingen: Het eerder beschreven infiltraat in de lingula is restloos verdwenen. Er is een nieuwe subpleurale nodulus in de rechter onderkwab van 5 mm, perifissuraal gelegen, waarschijnlijk benigne.\nConclusie: Genezen pneumonie. Kleine nodulus ROK, waarschijnlijk benigne.",
  "P", "N", "A", "n=rechts",
  note="'waarschijnlijk benigne' hedges the nature of an asserted nodulus -> present; restloos verdwenen infiltrate -> absent")
R("short", "Bdz basale infiltraten.", "N", "N", "P", "c=beiderzijds")
R("icu", "IC-thorax 06:00. Thoraxdrain links, tip apicaal. Afwezigheid van de eerder zichtbare pneumothorax links. Tube en lijnen in situ. Consolidatie LOK onveranderd aanwezig.",
  "N", "A", "P", "c=links")
R("followup", "T.o.v. opname 2 dagen terug: pneumothorax rechts progressief, thans 3 cm interpleurale afstand apicaal. Mediastinum niet verschoven. Infiltraat niet aanwezig.",
  "N", "P", "A", "p=rechts")
R("allcaps", "OORDEEL: GEEN AFW. M.N. GEEN INFILTRAAT OF PTX.", "A", "A", "A",
  note="'geen afw.' = 'geen afwijkingen', a global normal statement")
R("telegram", "s/p RFA nodus LBK. Ablatiezone li boven, afnemend. Geen nwe noduli. Geen PTX, geen infiltr.",
  "A", "A", "A",
  note="ablated lesion described as an ablation zone, not as a nodule; no new noduli -> absent (as r0389)")
R("narrative", "Er is een uitgebreide verdichting in de rechter bovenkwab met een convexe onderrand (S-teken van Golden), verdacht voor een centraal gelegen tumor met post-obstructieve atelectase. Een bijkomende post-obstructieve pneumonie kan niet worden uitgesloten. Geen pneumothorax. Links geen afwijkingen.\nConclusie: Verdenking centrale tumor rechter bovenkwab met atelectase; advies CT-thorax met contrast.",
  "U", "A", "U", "n=rechts c=rechts",
  note="the opacity is atelectasis; the tumour itself is only suspected ('verdacht voor', 'verdenking') -> nodule uncertain; pneumonia 'niet uit te sluiten' -> consolidation uncertain")
R("typos", "Bevindngen: geen pneumothroax, geen consolidatie. Wel een noduluss van 7 mm in de rechter bovenkwab, nieuw.",
  "P", "A", "A", "n=rechts")
R("postop", "Dag 1 na VATS-wigresectie LOK. Drain links in situ. Kleine restpneumothorax links basaal-lateraal, ca 8 mm. Nietjesrij LOK. Geen infiltratieve afwijkingen. Rechts nl.",
  "N", "P", "A", "p=links",
  note="'rechts nl' covers only the right lung; nodule not addressed on the left")
R("question", "Klinische vraag: koorts e.c.i.?\nBevinding: Er zijn geen consolidaties en er is geen pleuravocht.\nImpressie: Geen focus op de thoraxfoto.",
  "N", "N", "A")
R("structured", "Anamnese: Rookt 40 pakjaren, gewichtsverlies.\nBevindingen: Hilair links een massa van ca 5 cm. Distaal daarvan een verdichting in de linker bovenkwab, DD post-obstructieve pneumonie DD atelectase. Geen pneumothorax.\nConclusie: Massa hilair links, verdacht voor bronchuscarcinoom. Verdichting LBK, dd pneumonie/atelectase.",
  "P", "A", "U", "n=links c=links",
  note="massa asserted, hedge concerns malignancy only; the opacity has atelectase in the DD -> consolidation uncertain")
R("short", "Geen consolidatie, geen PTX. Nodus? li onder.", "U", "A", "A", "n=links",
  note="headerless report line with '?' is a hedge")
R("icu", "Liggend AP. Lijnen ok. Pneumothorax niet aangetoond, maar op liggende opname onvoldoende beoordeelbaar. Dd basale consolidatie li.",
  "N", "U", "U", "c=links",
  note="'niet aangetoond' is qualified in the same breath by 'onvoldoende beoordeelbaar' -> uncertain; no side for the pneumothorax")
R("followup", "Vgl. 01-04: status idem. Bekende noduli bdz, onveranderd. Geen PTX.", "P", "A", "N", "n=beiderzijds",
  note="'status idem' is not a normal statement; consolidation not addressed")
R("allcaps", "VERSLAG: NIEUWE CONSOLIDATIE RECHTER BOVENKWAB. AIRSPACE OPACITY OOK IN DE LINGULA. GEEN PNEUMOTHORAX.\nIMPRESSIE: BILATERALE PNEUMONIE.",
  "N", "A", "P", "c=beiderzijds", note="lingula is left-sided, so consolidation on both sides")
R("telegram", "Pulm: li nl, re geen afw. Sinus bdz vrij. Cor nl.", "A", "N", "A",
  note="both lungs declared normal one by one: together a lung-scoped normal statement (nodule, consolidation absent); the pleura/pneumothorax is not addressed ('sinus vrij' concerns fluid)")
R("narrative", "Vergeleken met de voorgaande opname van drie dagen geleden is er een duidelijke toename van de verdichtingen in beide onderkwabben, nu met luchtbronchogrammen, passend bij progressieve bilaterale pneumonie. Het pleuravocht links is toegenomen. De eerder beschreven smalle pneumothorax rechts apicaal is niet meer zichtbaar. Er zijn geen nieuwe haarden.",
  "A", "A", "P", "c=beiderzijds",
  note="no known haarden described, so 'geen nieuwe haarden' negates nodule")
R("typos", "Vraagstellign: PTX?\nVerslag: Geen pneumotorax. Lonvelden helder.", "A", "A", "A")
R("postop", "Status na decorticatie links wegens empyeem. Twee drains links. Hydropneumothorax links basaal, kleiner dan gisteren. Restverdichting LOK, dd rest-infiltraat dd pleurale verdikking.",
  "N", "P", "U", "p=links c=links")
R("question", "Metastasen?\nNoduli niet aanwezig. Cor nl.", "A", "N", "N")

# Batch M
R("structured", "Klinische gegevens: Pijn op de borst na val.\nVraagstelling: Ribfracturen? PTX?\nBevindingen: Geen aantoonbare ribfracturen. Er is geen pneumothorax. Longcontusie rechts onder niet uitgesloten.\nConclusie: Geen PTX.",
  "N", "A", "N", note="contusion (even hedged) is not consolidation")
R("short", "Verdenking pneumonie ROK.", "N", "N", "U", "c=rechts")
R("icu", "IC, AP liggend. ECMO-canules in situ. Uitgebreide consolidaties in beide longen, passend bij bekende COVID-pneumonie, stationair. Geen evidente pneumothorax.",
  "N", "A", "P", "c=beiderzijds", note="'geen evidente pneumothorax' without a possibility raised -> absent")
R("followup", "Vergelijking met 2019 en 2021: het haardje in de rechter bovenkwab (6 mm) is over meer dan twee jaar onveranderd aanwezig, passend bij een benigne afwijking. Verder geen nieuwe afwijkingen.",
  "P", "N", "N", "n=rechts")
R("allcaps", "THORAX LIGGEND. GEEN PNEUMOTHORAX TE ZIEN, WEL SUBCUTAAN EMFYSEEM THORAXWAND RECHTS EN PNEUMOMEDIASTINUM. LONGVELDEN HELDER.",
  "A", "A", "A", note="subcutaneous emphysema and pneumomediastinum are not pneumothorax; pneumothorax negated explicitly")
R("telegram", "LOK opaciteit, consolidation?? PE li. Re nl.", "N", "N", "U", "c=links",
  note="'re nl' covers only the right lung")
R("narrative", "Stadiëringsonderzoek bij een recent gediagnosticeerd melanoom van de rug. Het hart en het mediastinum hebben een normaal aspect. De hili zijn niet vergroot. In beide longvelden worden nergens noduleuze afwijkingen gezien; er zijn geen aanwijzingen voor metastasen. De sinus zijn vrij. Geen pneumothorax. Geen consolidaties.\nSamenvatting: Geen metastasen zichtbaar op de thoraxfoto.",
  "A", "A", "A")
R("typos", "Verslag: Infilraat rechter onderkwab, kan passen bij aspiratie. Geen pneumothorax.", "N", "A", "P", "c=rechts",
  note="'kan passen bij aspiratie' hedges the cause of an asserted infiltrate -> present")
R("postop", "Status na TAVI en pacemakerimplantatie. Mogelijk minimale PTX li apicaal na plaatsing, dd huidplooi. Longvelden: stuwing, geen consolidaties.",
  "N", "U", "A", "p=links")
R("question", "Vraag: PTX na CVC-plaatsing links?\nZonder aanwijzingen voor pneumothorax. CVC-tip projecteert op de VCS.", "N", "A", "N")
R("structured", "Reden aanvraag: Controle na pneumonie.\nVergelijking: 6 weken eerder.\nBeschrijving: De consolidatie in de rechter middenkwab is verdwenen; op die plaats een discrete streperige verdichting, passend bij littekenvorming. Geen pleuravocht.\nOordeel: Opgeklaarde pneumonie; restlitteken.",
  "N", "N", "A", note="residual linear opacity attributed to scarring (not consolidation); the consolidation itself has disappeared -> absent")
R("short", "Geen afw. Kleine opaciteit LOK, zou een nodulus kunnen zijn, vgl. met oude foto's.", "U", "A", "A", "n=links",
  note="a specific hedge overrides the global normal statement for nodule; the rest absent")
R("icu", "IC. Thoraxdrain re verwijderd vanochtend. Geen recidief pneumothorax. Tube verwijderd. Lichte atelectase re basaal.",
  "N", "A", "N", note="atelectase is not consolidation")
R("followup", "Vgl. vorige week: de noduli bdz zijn in regressie onder chemotherapie, de grootste nu 8 mm (was 15 mm). Geen nieuwe noduli. Geen pleuravocht. Geen consolidatie.",
  "P", "N", "A", "n=beiderzijds")
R("allcaps", "CONCLUSIE:\n1. PNEUMOTHORAX LINKS, CIRCA 2 CM APICAAL.\n2. GEEN MEDIASTINALE SHIFT.\n3. VERDER GEEN AFWIJKINGEN.",
  "A", "P", "A", "p=links")
R("telegram", "Re apicaal pleuralijn zonder longtekening erbuiten -> PTX re ca 1 cm. Li nl. Geen infiltr.", "N", "P", "A", "p=rechts",
  note="'li nl' covers only the left lung; nodule not addressed on the right")
R("narrative", "Patiënt werd gisteren opgenomen met een exacerbatie COPD. Op de huidige opname zijn de longen hyperinflatoir met afgeplatte diafragmakoepels. Er is een geringe verdichting basaal links, die zowel kan berusten op een beginnend infiltraat als op dystelectase. Er is geen pneumothorax. Geen haarden.",
  "A", "A", "U", "c=links")
R("typos", "Geen pneumothorax. In de linker long een rond verdichtinkje van 4 mm, vermoedleijk een verkalkt granuloom.", "P", "A", "N", "n=links",
  note="asserted round opacity, 'vermoedelijk granuloom' names its nature -> present (as r0477)")
R("postop", "Status na lobectomie LBK. Drain verwijderd. Pneumothorax links niet meer zeker aanwezig; mogelijk minimale apicale rest. Links basaal wat atelectase en pleuravocht. Geen infiltraten.",
  "N", "U", "A", "p=links", note="the final assertion about the residue is hedged ('niet meer zeker', 'mogelijk') -> uncertain (as r0423)")
R("question", "Ter uitsluiting TBC\nBevinding: Geen apicale afwijkingen. Geen infiltraten, geen caviteiten, geen noduli. Hili normaal.", "A", "N", "A")

# Batch N
R("structured", "ONDERZOEK: X-thorax PA + lateraal\nKLINISCHE INFORMATIE: Koorts, CRP 180.\nBEVINDINGEN:\n- Cor: niet vergroot.\n- Longen: consolidatie in de linker onderkwab, achter het hart, met luchtbronchogram.\n- Pleura: klein pleuravocht links, geen pneumothorax.\n- Skelet: geen bijzonderheden.\nCONCLUSIE: Pneumonie LOK met parapneumonisch vocht.",
  "N", "A", "P", "c=links", note="'geen bijzonderheden' is scoped to the skeleton here, not global")
R("short", "PTX re? Huidplooi?", "N", "U", "N", "p=rechts",
  note="headerless report line with '?' is a hedge; skin fold offered as the alternative")
R("icu", "IC, liggend. Geen pneumothorax aantoonbaar, deep sulcus sign afwezig. Bdz perihilaire verdichtingen, meest waarschijnlijk stuwing, infectie niet uitgesloten.",
  "N", "A", "U", "c=beiderzijds",
  note="opacities attributed to congestion but infection (pneumonia) not excluded -> consolidation uncertain; 'bdz' gives the side")
R("followup", "Vergeleken met 10-06. Het infiltraat ROK is progressief, nu ook uitbreiding naar de rechter middenkwab. Geen pneumothorax. Status idem van het kleine granuloom LBK.",
  "P", "A", "P", "n=links c=rechts", note="granuloom counts as nodule; 'status idem' = unchanged, present")
R("allcaps", "AFWIJKINGEN: GEEN.\nLONGEN: HELDER.\nPLEURA: GEEN PNEUMOTHORAX, GEEN VOCHT.", "A", "A", "A",
  note="'Afwijkingen: geen' read as 'geen afwijkingen'")
R("telegram", "Cor/mediast nl. RBK rondhaard 2 cm, spiculae -> verd maligne. ROK infiltr. PE re. Geen PTX.", "P", "A", "P", "n=rechts c=rechts",
  note="'verd maligne' hedges malignancy only")
R("narrative", "Traumaopvang na verkeersongeval, liggende opname. Meerdere ribfracturen links (4 t/m 7) met een fladderthorax-configuratie. Linkerzijdig uitgebreid subcutaan emfyseem. Langs de linker thoraxwand een scherpe pleuralijn met daarbuiten geen longtekening, passend bij een pneumothorax links. Vlekkige verdichting in het linker middenveld, passend bij contusie. Rechts geen afwijkingen.\nConclusie: Pneumothorax links bij ribfracturen; drainage geadviseerd. Longcontusie links.",
  "N", "P", "N", "p=links",
  note="contusion is not consolidation; 'rechts geen afwijkingen' covers only the right side")
R("typos", "Verslag: Geen duidlijke consoldatie. Nodus van 1 cm rechts perihilair, verdacht, advies CT.", "P", "N", "A", "n=rechts",
  note="'geen duidelijke' without a possibility raised -> absent; 'verdacht' qualifies the nature of an asserted nodus")
R("postop", "s/p sternotomie (klepvervanging). Sternumdraden intact. Mediastinale drain in situ. Geen PTX. Basale dystelectase bdz. Geen infiltraat. Verder nl.",
  "A", "A", "A", note="'verder nl' covers nodule; dystelectase is not consolidation")
R("question", "Klaplong?\nVerslag: Long rechts volledig ontplooid. Links wel een smalle pneumothorax apicaal.", "N", "P", "N", "p=links")
R("structured", "Klinische info: Immuungecompromitteerd, neutropene koorts.\nBevinding: Meerdere kleine noduleuze afwijkingen beiderzijds, deels met een halo, differentiaal diagnostisch schimmelinfectie (aspergillose) of septische emboli. Geen lobaire consolidatie. Geen pleuravocht.\nOordeel: Multipele noduli bdz, dd angio-invasieve schimmelinfectie; advies CT.",
  "P", "N", "A", "n=beiderzijds",
  note="the DD concerns the cause of asserted noduli -> present")
R("short", "Pneumonie lingula, verder geen bijz.", "A", "A", "P", "c=links",
  note="lingula is left-sided; 'verder geen bijz.' covers the rest")
R("icu", "IC-dag 5. Spanningspneumothorax rechts met verplaatsing van het mediastinum naar links! Direct gemeld aan behandelaar. Tube ok.",
  "N", "P", "N", "p=rechts")
R("followup", "Ten opzichte van 2 weken geleden: het infiltraat in de rechter middenkwab is niet meer zichtbaar. Geen PTX. De nodulus LOK (4 mm) is ongewijzigd.",
  "P", "A", "A", "n=links")
R("allcaps", "IMPRESSIE: AANWIJZINGEN VOOR EEN BEGINNENDE PNEUMONIE IN DE RECHTER ONDERKWAB. GEEN PNEUMOTHORAX.", "N", "A", "U", "c=rechts",
  note="hard case: positive 'aanwijzingen voor' without a firmer statement is read as a hedge (uncertain); its negation 'geen aanwijzingen voor' is absent")
R("telegram", "Bdz noduli, grootste 9 mm RMV, bekend. Geen PTX/PE. Geen consolidatie.", "P", "A", "A", "n=beiderzijds")
R("narrative", "Eerste opname na de oesofagusresectie. Buismaag (interponaat) in de rechter hemithorax, zoals verwacht. Thoraxdrain rechts. Er is een kleine apicale pneumothorax rechts. In de linker onderkwab een verdichting, die past bij dystelectase. Geen aanwijzingen voor een infiltraat. Geen noduli.",
  "A", "P", "A", "p=rechts", note="opacity attributed to dystelectase only; infiltrate negated")
R("typos", "Besluit: geen pneumothorax, geen infiltraat, geen nodulus, geen afwijkingen.", "A", "A", "A")
R("postop", "Status na pleurodese rechts. Pleuraverdikking rechts met talkdeposities. Geen recidief pneumothorax rechts. Links geen afwijkingen.",
  "N", "A", "N",
  note="pneumothorax negated on the right and the left side is declared normal, so pneumothorax absent overall; nodule/consolidation only covered for the left lung -> not_mentioned")
R("question", "Vraag: Infiltraat?\nVerslag: Vage opaciteit rechts basaal, niet zeker een infiltraat, mogelijk overprojectie van mammaweefsel.",
  "N", "N", "U", "c=rechts")

# Batch O
R("structured", "Indicatie: Hemoptoë.\nBevindingen: Cavitaire massa in de rechter bovenkwab van 4 cm met verdikte wand. Omgevend infiltraat niet uitgesloten. Geen pneumothorax. Links helder.\nConclusie: Cavitaire massa RBK, dd plaveiselcelcarcinoom, dd abces; advies CT.",
  "U", "A", "U", "n=rechts c=rechts",
  note="hard case: the DD includes an abscess (an infectious, non-nodule explanation, like a round infiltrate) -> nodule uncertain; surrounding infiltrate 'niet uitgesloten' -> uncertain")
R("short", "Geen PTX zichtbaar, li nog drain.", "N", "A", "N")
R("icu", "Post-reanimatie. Tube in rechter hoofdbronchus, advies 3 cm terugtrekken. Atelectase linker long. Rechts: geen PTX. Ribfracturen bdz ventraal.",
  "N", "N", "N",
  note="pneumothorax is negated for the right side only; the left side is not addressed for pneumothorax -> not_mentioned. Atelectase is not consolidation")
R("followup", "Vgl. 2 dagen: drain li verwijderd. Kleine PTX li apicaal, nieuw, ca 5 mm. LOK consolidatie in regressie.",
  "N", "P", "P", "p=links c=links")
R("allcaps", "VERSLAG: NIET GOED TE BEOORDELEN OF ER EEN INFILTRAAT ACHTER HET HART AANWEZIG IS, DOOR ONDERINSPIRATIE. GEEN PNEUMOTHORAX. LATERALE OPNAME GEADVISEERD.",
  "N", "A", "U", note="an infiltrate is raised but cannot be assessed -> uncertain; retrocardiac without a side")
R("telegram", "ROK: consol + luchtbronchogram. LOK: idem? Geen PTX.", "N", "A", "P", "c=rechts",
  note="right consolidation asserted, left only hedged: status present, laterality follows the asserted side")
R("narrative", "Het onderzoek werd verricht in het kader van een jaarlijkse controle na behandeling van een longcarcinoom links. Status na lobectomie van de linker bovenkwab met een verkleinde linker hemithorax en clips hilair. Er is geen aanwijzing voor een lokaal recidief. In de rechter long wordt nergens een nodus gezien. Er is geen pleuravocht en geen pneumothorax.\nConclusie: Geen aanwijzingen voor recidief of metastasen.",
  "A", "A", "N", note="no recurrence on the left and no nodus on the right -> nodule absent; consolidation not addressed")
R("typos", "Conclsie: Pneumonie rechter bovenkwab, DD tuberculose. Geen pneumothoraks.", "N", "A", "P", "c=rechts",
  note="DD concerns the cause of an asserted pneumonia")
R("postop", "Na bronchoscopie met transbronchiale biopten RBK: geen pneumothorax. Geringe nieuwe verdichting RBK op de biopsieplaats, vermoedelijk bloeding.",
  "N", "A", "N", note="opacity attributed to bleeding only, no infiltrate suggested -> not consolidation")
R("question", "Vraagstelling: Pneumothorax? Koorts?\nBevinding: Geen pneumothorax. Een infiltraat is niet aangetoond. Verder normaal.",
  "A", "A", "A", note="'verder normaal' read like 'verder geen afwijkingen'")
R("structured", "Klinische gegevens: Sarcoïdose, controle.\nBevindingen: Bilaterale hilaire lymfadenopathie, afgenomen. Fijn-noduleuze afwijkingen in beide bovenvelden, onveranderd. Geen consolidaties.\nConclusie: Sarcoïdose stadium II, stationair.",
  "P", "N", "A", "n=beiderzijds",
  note="hard case: 'noduleuze afwijkingen' is in the nodule vocabulary and asserted on both sides -> present (as r0177); lymfadenopathie alone would not be")
R("short", "Geen nodus meer zichtbaar LBK.", "A", "N", "N")
R("icu", "IC. Links basaal een verdichting met silhouetteren van het diafragma, zou kunnen passen bij een consolidatie, dd atelectase/vocht. Geen pneumothorax. Tube 4 cm boven carina.",
  "N", "A", "U", "c=links")
R("followup", "Vergelijking: 3 en 7 dagen geleden. Het bilaterale infiltratieve beeld is sindsdien progressief. Pneumothorax rechts, eerder gedraineerd, is restloos verdwenen. Drain verwijderd.",
  "N", "A", "P", "c=beiderzijds")
R("allcaps", "KLINISCHE INFO: NA PLAATSING PORT-A-CATH RECHTS.\nOORDEEL: TIP IN VCS. GEEN PTX.", "N", "A", "N")
R("telegram", "Nodus LOV 6 mm, nieuw? vgl oude foto's niet beschikbaar. Geen PTX, geen infiltr.", "P", "A", "A", "n=links",
  note="the '?' hedges only whether the nodus is new; LOV = linker onderveld")
R("narrative", "thorax staand twee richtingen hart niet vergroot geen verbreding mediastinum longvelden tonen rechts in de onderkwab een consolidatie met luchtbronchogram passend bij pneumonie links geen afwijkingen geen pleuravocht geen pneumothorax punt conclusie pneumonie rechter onderkwab",
  "N", "A", "P", "c=rechts",
  note="dictation without punctuation ('punt' written out); 'links geen afwijkingen' covers only the left lung, so nodule is not settled")
R("typos", "Verslag: Verdenking op een kleine pneumothorax rechts apicaal, zeer subtiel. Geen infiltraten. Geen rondhaarden.",
  "A", "U", "A", "p=rechts")
R("postop", "Status na linkszijdige pneumectomie. Holte links geheel gevuld met vocht. Rechter long: geen consolidaties, geen noduli, geen pneumothorax.",
  "A", "A", "A", note="after a pneumectomy the remaining (right) lung is the whole lung")
R("question", "Longmetastasen?\nBevinding: Twee nieuwe rondhaarden in de rechter long (12 en 8 mm), suspect voor metastasen. Links geen noduli.",
  "P", "N", "N", "n=rechts", note="'suspect voor metastasen' hedges the cause of asserted rondhaarden")

# Batch P
R("structured", "Reden aanvraag: Pre-operatieve screening, heupoperatie.\nBevinding: Normale hartgrootte. In het linker bovenveld een kleine ronde verdichting, verdacht voor een nodus, dd overprojectie van de eerste rib. Longvelden verder helder. Geen pleuravocht.\nOordeel: Geen contra-indicaties; nodus links boven niet uitgesloten, zo nodig CT.",
  "U", "N", "A", "n=links", note="DD with rib overprojection -> nodule uncertain; 'longvelden verder helder' covers consolidation, not the pleura")
R("short", "Ptx li 1cm, rest nl", "A", "P", "A", "p=links", note="'rest nl' read like 'verder nl'")
R("icu", "Liggende opname IC. Een pneumothorax kan op deze opname niet worden uitgesloten: hyperlucent gebied boven het linker hemidiafragma (deep sulcus?). Advies: opname in decubitus of echo.",
  "N", "U", "N", "p=links")
R("followup", "Vgl. 09-2022: ongewijzigd aanwezige bullae apicaal bdz. Geen pneumothorax. Geen nieuwe afwijkingen.", "N", "A", "N",
  note="bullae are not pneumothorax; 'geen nieuwe afwijkingen' is not a global normal statement: it says nothing new appeared, not that the findings not otherwise described are absent (relabelled 2026-11-27 to the reading of all 9 independent probe reports that use it)")
R("allcaps", "BESCHRIJVING: MASSA IN HET RECHTER ONDERVELD, NIET GOED TE ONDERSCHEIDEN VAN EEN CONSOLIDATIE. GEEN PTX.\nIMPRESSIE: MASSA VERSUS CONSOLIDATIE ROK, CT GEADVISEERD.",
  "U", "A", "U", "n=rechts c=rechts", note="mass versus consolidation: both offered as possibilities -> both uncertain")
R("telegram", "Hart/long nl. Lijn li, tip VCS. PTX li apicaal? zeer subtiel, controle.", "A", "U", "A", "p=links",
  note="'hart/long nl' is heart-and-lung scoped (nodule, consolidation absent) and does not cover the pleura; the pneumothorax is hedged with '?'")
R("narrative", "Er is een dubbelzijdige pneumonie met consolidaties in de rechter onderkwab en de lingula. Daarnaast is er een kleine, scherp begrensde nodulus in het rechter bovenveld die al bekend was van de CT van vorig jaar en niet van grootte veranderd is. Er is geen pneumothorax. Geringe hoeveelheid pleuravocht beiderzijds.",
  "P", "A", "P", "n=rechts c=beiderzijds")
R("typos", "Vraagstelling: pneumonie?\nVerslag: Geen aanwijzngen voor pneumonie. Geen pnuemothorax. Hart nl.", "N", "A", "A")
R("postop", "1e postoperatieve dag na segmentresectie S6 rechts. Twee drains rechts. Afwezigheid van pneumothorax. Geringe verdichting rond de nietjesrij, passend bij postoperatieve verandering.",
  "N", "A", "N", note="opacity attributed to postoperative change only -> not consolidation")
R("question", "Vraag: Aspiratie?\nBevinding: Verdichting in het posterobasale segment van de rechter onderkwab, zou kunnen passen bij aspiratie.",
  "N", "N", "P", "c=rechts",
  note="a segmental airspace opacity is asserted (consolidation); 'zou kunnen passen bij aspiratie' hedges its cause -> present")
R("structured", "Klinische info: Status na stamceltransplantatie, hoesten.\nBevinding: Beiderzijds vage, onscherp begrensde opaciteiten, vooral in de onderkwabben; kan passen bij een atypische pneumonie, maar vochtretentie is eveneens mogelijk. Geen noduli. Geen pneumothorax.\nImpressie: Bilaterale opaciteiten, dd atypische pneumonie dd overvulling.",
  "A", "A", "U", "c=beiderzijds")
R("short", "Thorax: geen bijz.", "A", "A", "A", note="'geen bijz.' = geen bijzonderheden, a global normal statement")
R("icu", "IC. Bilaterale thoraxdrains. Resterende pneumothorax bdz, links groter dan rechts. Tube en CVC ok.", "N", "P", "N", "p=beiderzijds")
R("followup", "T.o.v. 3 maanden geleden: de bekende rondhaard LOK is in omvang afgenomen (nu 1,5 cm) onder radiotherapie. Bestralingsfibrose links paramediastinaal. Geen nieuwe noduli, geen infiltraat.",
  "P", "N", "A", "n=links", note="radiation fibrosis is not consolidation")
R("allcaps", "GEEN CONSOLIDATIE. GEEN PNEUMOTHORAX. KLEINE RONDE VERDICHTING RECHTER ONDERVELD, DD TEPELSCHADUW, DD NODULUS; HERHALING MET TEPELMERKERS. GEEN PLEURAVOCHT. HART NIET VERGROOT.", "U", "A", "A", "n=rechts",
  note="nodule vs nipple shadow in the DD -> nodule uncertain")
R("telegram", "Re: PTX apicaal 2cm. Li: infiltr LBK?. Mediast midden.", "N", "P", "U", "p=rechts c=links")
R("narrative", "Vergeleken met de opname van vorige maand zijn er nu aan beide zijden enkele nieuwe kleine noduli zichtbaar, de grootste van 7 mm in de linker onderkwab. Dit beeld is verdacht voor progressie van de bekende metastasering, al kunnen enkele van de kleinere opaciteiten ook vaatstructuren in doorsnede zijn. Het infiltraat in de rechter onderkwab van de vorige opname is in regressie. Geen pneumothorax.",
  "P", "A", "P", "n=beiderzijds c=rechts",
  note="noduli asserted on both sides; the vessel alternative concerns only some of the smaller opacities and 'verdacht voor progressie' the cause -> present. 'in regressie' = still present")
R("typos", "Bevindingen: in de rechter bovenkwab een consoldatie met luchtbronchogram. Verdr geen afwijkngen.", "A", "A", "P", "c=rechts")
R("postop", "Status na thoracoscopische bullectomie en pleurectomie links. Drain links. Long links volledig ontplooid. Geen residuele pneumothorax. Rechts geen afwijkingen.",
  "N", "A", "N", note="left lung only addressed for pneumothorax; 'rechts geen afwijkingen' covers only the right side for nodule/consolidation")
R("question", "Vraagstelling: recidief pneumothorax?\nVerslag: Ja, recidief pneumothorax links, ca 3 cm apicaal.", "N", "P", "N", "p=links")

# Batch Q
R("structured", "Klinische gegevens: 80-jarige vrouw, verward, subfebriel.\nVraagstelling: Focus?\nVerslag: Slechte inspiratie. Basaal beiderzijds niet goed te beoordelen; een infiltraat aldaar kan niet worden uitgesloten. Geen pneumothorax.\nConclusie: Beperkt beoordeelbaar onderzoek; infiltraat basaal niet uitgesloten.",
  "N", "A", "U", "c=beiderzijds", note="the hedged infiltrate refers to 'basaal beiderzijds'")
R("short", "Rondhaard RMK? Graag CT.", "U", "N", "N", "n=rechts")
R("icu", "IC, na thoraxdrainplaatsing rechts: drain goed gepositioneerd, pneumothorax rechts nagenoeg verdwenen, minimale apicale rest. Consolidatie ROK onveranderd.",
  "N", "P", "P", "p=rechts c=rechts",
  note="an asserted minimal residue is still present (contrast r0423, where the residue is only 'mogelijk')")
R("followup", "Vgl. 14 dagen: geen verandering. Bekende hydropneumothorax links met drain. Verder status idem.", "N", "P", "N", "p=links",
  note="'status idem' / 'geen verandering' is not a normal statement")
R("allcaps", "THORAX: AIRSPACE CONSOLIDATION LEFT LOWER LOBE? NEEN, BIJ NADER INZIEN OVERPROJECTIE VAN WEKE DELEN. GEEN INFILTRAAT. GEEN PTX.",
  "N", "A", "A", note="the question is withdrawn in the same report; the final assertion 'geen infiltraat' wins")
R("telegram", "Nl cor. Longen: li geen afw, re: RMK opaciteit, dd infiltr dd atelectase. Geen PTX bdz.", "N", "A", "U", "c=rechts",
  note="nodule only settled for the left lung -> not_mentioned")
R("narrative", "Bij deze jonge patiënt met acute pijn op de borst rechts wordt een smalle pleuralijn gezien langs de rechter longtop, met daarbuiten geen longtekening, passend bij een kleine pneumothorax van circa 1,5 cm. Geen mediastinale verschuiving. De longvelden zijn verder helder; er zijn geen consolidaties of noduli. Geen pleuravocht.\nConclusie: Kleine spontane pneumothorax rechts.",
  "A", "P", "A", "p=rechts")
R("typos", "Verlsag: Geen infiltraaat. Wel een twijfelachtige kleine noduls LBK, waarsch. tepelschaduw.", "U", "N", "A", "n=links",
  note="twijfelachtig and probably a nipple shadow, not yet identified as such -> nodule uncertain")
R("postop", "Status na bilobectomie (ROK en RMK). Drain rechts. Apicaal rechts een kleine luchthoudende restruimte, passend bij restpneumothorax. Infiltraat niet aanwezig.",
  "N", "P", "A", "p=rechts")
R("question", "Ter controle na pneumonie\nBeschrijving: Restloos verdwenen infiltraat links. Thorax verder zonder afwijkingen.", "A", "A", "A",
  note="'thorax verder zonder afwijkingen' covers the findings not otherwise described")
R("structured", "Klinische info: Trauma (motorongeval).\nBevinding:\n- geen PTX\n- geen hematothorax\n- ribfracturen 3-5 rechts\n- mediastinum niet verbreed\n- contusie RBK niet uitgesloten\nOordeel: Ribfracturen rechts zonder PTX.",
  "N", "A", "N", note="contusion (even hedged) is not consolidation")
R("short", "Pneumonie? Nee. Longvelden helder.", "A", "N", "A",
  note="hard case: the bare question line is the indication; 'Nee' and 'longvelden helder' answer it (nodule and consolidation absent, pleura not covered)")
R("icu", "IC: progressief subcutaan emfyseem bdz na tracheostomie. Pneumomediastinum. PTX niet aangetoond. Longen: bdz basale verdichtingen, waarschijnlijk atelectase.",
  "N", "A", "N", note="subcutaneous emphysema and pneumomediastinum are not pneumothorax; opacities attributed to atelectase only")
R("followup", "Vergelijking met CT van vorige week: de op CT beschreven 6 mm nodus in de linker onderkwab is op de thoraxfoto niet zichtbaar. Geen andere afwijkingen.",
  "A", "A", "A",
  note="hard case: the nodule is not visible on this examination; labelled absent for the current image (as r0371). 'geen andere afwijkingen' covers the rest")
R("allcaps", "SAMENVATTING: 1. ETT GOED GEPOSITIONEERD. 2. GEEN PNEUMOTHORAX. 3. TOEGENOMEN CONSOLIDATIE RECHTER ONDERKWAB.",
  "N", "A", "P", "c=rechts")
R("telegram", "Re bovenveld noduleuze opaciteit 15mm, dd granuloom dd meta. Li nl. Geen PTX.", "P", "A", "N", "n=rechts",
  note="DD between nodule types keeps the nodule present; 'li nl' covers only the left lung")
R("narrative", "Sinds het vorige onderzoek van twee dagen geleden is het beeld grotendeels onveranderd. De thoraxdrain links is iets teruggetrokken; de zijgaatjes liggen nog intrathoracaal. Er is opnieuw een kleine pneumothorax links apicaal, ongeveer 1 cm, die op het vorige onderzoek niet aanwezig was. De consolidatie in de linker onderkwab is stationair. Rechts zijn er geen nieuwe afwijkingen.",
  "N", "P", "P", "p=links c=links", note="'rechts geen nieuwe afwijkingen' is limited to the right side")
R("typos", "Verslag: Grote pneumothorax rehcts met mediastinale shift naar links, beeld van spaningspneumothorax. Geen infilraat.",
  "N", "P", "A", "p=rechts")
R("postop", "Status na plaatsing pleurakatheter (PleurX) links. Geen pneumothorax. Afgenomen pleuravocht links. Longvelden verder helder.",
  "A", "A", "A")
R("question", "Vraag: Longabces?\nBevinding: Holte van 3 cm met lucht-vochtspiegel in de rechter onderkwab, omgeven door consolidatie, passend bij een abces.",
  "N", "N", "P", "c=rechts", note="an abscess cavity is not a nodule; the surrounding consolidation is asserted")

# Batch R
R("structured", "Reden aanvraag: Dyspneu, bekend hartfalen.\nBeschrijving: Cardiomegalie. Stuwing met Kerley-B-lijnen en pleuravocht beiderzijds. Geen consolidaties. Geen pneumothorax.\nOordeel: Decompensatio cordis.",
  "N", "A", "A")
R("short", "Nergens infiltraat of PTX.", "N", "A", "A")
R("icu", "IC. Nieuw: verdichting gehele LOK met luchtbronchogram -> VAP? Tube iets hoog, 7 cm boven carina. Geen PTX.", "N", "A", "P", "c=links",
  note="lobar opacity with air bronchogram asserted; 'VAP?' questions only the cause (ventilator-associated pneumonia) -> present")
R("followup", "Vergeleken met de opname van gisteren: nu ook een pneumothorax links (nieuw), ca 2 cm. De pneumothorax rechts is in regressie. Drain rechts in situ.",
  "N", "P", "N", "p=beiderzijds")
R("allcaps", "VRAAGSTELLING: PNEUMONIE? PTX?\nVERSLAG: GEEN AFWIJKINGEN AAN HART EN LONGEN.", "A", "A", "A",
  note="'geen afwijkingen aan hart en longen' covers all three (see the short report with the same words); the PTX question is answered by it")
R("telegram", "st.p. lobect LBK. Drain li. Geen rest-PTX. LOK hoger geplaatst. Re: nl.", "N", "A", "N",
  note="'re: nl' covers only the right lung")
R("narrative", "Patiënte is bekend met reumatoïde artritis en gebruikt methotrexaat. Op de huidige thoraxfoto zijn er beiderzijds basaal reticulaire afwijkingen, passend bij de bekende interstitiële longziekte (fibrose). Daarnaast is er in de linker onderkwab een nieuwe, meer vlekkige verdichting, waarvoor een infectie in de differentiaal diagnose staat naast een exacerbatie van de onderliggende longziekte. Geen pneumothorax. Geen noduli.\nConclusie: Bekende fibrose; nieuwe verdichting LOK, dd infectie dd exacerbatie ILD.",
  "A", "A", "U", "c=links", note="fibrosis is not consolidation; infection only in the DD -> uncertain")
R("typos", "Conlusie: Niet uit te sluten kleine pneumothorax links na punctie. Controle over 4 uur.", "N", "U", "N", "p=links")
R("postop", "Status na Nuss-procedure (pectus excavatum). Bars in situ. Kleine pneumothorax bdz apicaal, zoals vaker na deze ingreep. Longen verder helder.",
  "A", "P", "A", "p=beiderzijds")
R("question", "Vraagstelling: Pneumonie of hartfalen?\nBevinding: Het beeld is het best passend bij hartfalen met stuwing en pleuravocht bdz. Een infiltraat wordt nergens gezien.",
  "N", "N", "A")
R("structured", "Klinische gegevens: Controle 6 weken na pneumonie rechter onderkwab.\nVergelijking: 6 weken.\nBevindingen: Restloos verdwenen consolidatie. Geen nieuwe afwijkingen. Sinus vrij.\nConclusie: Genezen pneumonie.",
  "N", "N", "A", note="'geen nieuwe afwijkingen' is not a global normal statement: it says nothing new appeared, not that the findings not otherwise described are absent (relabelled 2026-11-27 to the reading of all 9 independent probe reports that use it)")
R("short", "Mogelijk kleine nodus LBK, dd vaatstructuur. Verder nl.", "U", "A", "A", "n=links")
R("icu", "IC, 02:00 (spoed). Na moeizame CVC-inbreng links: grote pneumothorax links met collaps van de linker long. Spanningscomponent niet uitgesloten. Arts geïnformeerd.",
  "N", "P", "N", "p=links", note="the hedge concerns only the tension component of an asserted pneumothorax")
R("followup", "Vergelijkend met 3 opnamen in de afgelopen week: de consolidatie in de RBK neemt geleidelijk af, maar is nog onveranderd aanwezig in het apicale segment. Geen PTX.",
  "N", "A", "P", "c=rechts")
R("allcaps", "KLINISCHE INFO: COVID-19.\nBEVINDING: PERIFERE OPACITEITEN IN BEIDE LONGVELDEN, VOORAL BASAAL, PASSEND BIJ COVID-PNEUMONIE. GEEN PNEUMOTHORAX.",
  "N", "A", "P", "c=beiderzijds")
R("telegram", "LOK consolidatie? niet zeker, evt herhalen na fysio. Re nl. Geen PTX.", "N", "A", "U", "c=links")
R("narrative", "In de linker bovenkwab bevindt zich een grote massa van ongeveer 7 cm met invasie van de thoraxwand en destructie van de derde rib. Er is een geringe hoeveelheid pleuravocht links. Noduli in de contralaterale long worden niet gezien. Er is geen pneumothorax en geen consolidatie.\nConclusie: Grote tumor linker bovenkwab met thoraxwandinvasie; geen contralaterale metastasen.",
  "P", "A", "A", "n=links", note="the contralateral negation does not negate the asserted left mass")
R("typos", "Verslag: Consolidatie in de rechter ondekwab en waarschijnlijk ook in de middenkwab. Geen pneumothroax.", "N", "A", "P", "c=rechts",
  note="the hedge concerns only the extent into the middle lobe")
R("postop", "Status na thoraxdrainverwijdering rechts (s/p pneumothorax). Er is geen pneumothorax meer zichtbaar. Longvelden helder.", "A", "A", "A")
R("question", "Klaplong? Pijn na acupunctuur.\nVerslag: Er zijn geen aanwijzingen voor een pneumothorax. Cor en longen zonder afwijkingen.", "A", "A", "A")

# Batch S
R("structured", "Klinische info: Hodgkin, stadiëring.\nBevinding: Verbreed bovenste mediastinum, verdacht voor lymfadenopathie. Longvelden zonder noduli of infiltraten. Geen pleuravocht.\nOordeel: Mediastinale verbreding, dd lymfomen; advies CT.",
  "A", "N", "A", note="mediastinal widening / lymph nodes are not a nodule (no 'massa' named, unlike r0471)")
R("short", "Nieuwe PTX re, ca 3 cm. Direct gebeld.", "N", "P", "N", "p=rechts")
R("icu", "IC. Geen duidelijke PTX, wel hyperlucentie li basaal, deep sulcus? Nader beoordelen bij volgende foto.", "N", "U", "N", "p=links",
  note="'geen duidelijke PTX' but a deep sulcus sign is raised in the same breath -> uncertain")
R("followup", "Vgl. 3 mnd: de nodus RBK is niet veranderd; de consolidatie LOK is restloos verdwenen; PTX niet aanwezig.", "P", "A", "A", "n=rechts")
R("allcaps", "OORDEEL: SUSPECTE LAESIE RECHTER HILUS, DD VASCULAIR, DD LYMFEKLIER, DD TUMOR. CT AANBEVOLEN.", "U", "N", "N", "n=rechts",
  note="tumour is one of the DDs beside vessel and lymph node -> nodule uncertain")
R("telegram", "Cor nl. Pulm: bdz infiltr, re > li. PE bdz. PTX neg.", "N", "A", "P", "c=beiderzijds", note="'PTX neg.' = negative for pneumothorax")
R("narrative", "De patiënt werd verwezen wegens een toevallige bevinding op een pre-operatieve foto elders. Op de huidige opname wordt in het rechter middenveld een ronde, scherp begrensde afwijking van 11 mm gezien. Op de laterale opname projecteert deze in de rechter middenkwab. Er zijn centrale popcornverkalkingen, waardoor een hamartoom het meest waarschijnlijk is; een carcinoïd staat lager in de differentiaal diagnose. Verder geen afwijkingen.",
  "P", "A", "A", "n=rechts", note="DD between nodule types (hamartoma vs carcinoid) keeps the nodule present")
R("typos", "Vraag: ptx?\nVerslag: Geen ptx. Mogelijk kleine nodus rechts boven, kan ook een vaatdoorsnede zijn. Longen verder heldr. Cor normaal.", "U", "A", "A", "n=rechts",
  note="nodule hedged with a vessel alternative -> uncertain; 'longen verder helder' covers consolidation")
R("postop", "Status na longtransplantatie beiderzijds. Drains bdz. Kleine restpneumothorax rechts. Links ontplooid. Perihilaire verdichting links, reperfusie-oedeem dd infiltraat.",
  "N", "P", "U", "p=rechts c=links")
R("question", "Hemoptoë.\nBevinding: Geen noduli, geen massa, geen consolidaties. Hili normaal.", "A", "N", "A",
  note="the bare first line is the indication")
R("structured", "Indicatie: Aspiratie tijdens sedatie?\nBevindingen:\n1. Consolidatie in de rechter onderkwab, passend bij aspiratie.\n2. Aanwijzing voor een kleine pneumothorax rechts apicaal, niet zeker; controle geadviseerd.\n3. Tube in goede positie.",
  "N", "U", "P", "p=rechts c=rechts", note="'aanwijzing voor ..., niet zeker' -> pneumothorax uncertain")
R("short", "Consolidatie niet meer aanwezig.", "N", "N", "A")
R("icu", "IC, liggende opname. Hydropneumothorax rechts met vloeistofspiegel. Drain re in situ. Links: bekende consolidatie LOK, progressief.",
  "N", "P", "P", "p=rechts c=links")
R("followup", "T.o.v. gisteren: onveranderd aanwezige kleine apicale pneumothorax links, drain afgeklemd. Verder geen nieuwe afwijkingen.", "N", "P", "N", "p=links")
R("allcaps", "CONCLUSIE: BEELD VAN MILIAIRE TBC MET TALLOZE KLEINE NODULI IN BEIDE LONGEN. GEEN PNEUMOTHORAX. GEEN CONSOLIDATIE.", "P", "A", "A", "n=beiderzijds")
R("telegram", "RBK: spic nodule 18mm -> suspect Ca. ROK nl. LOK nl. Geen PTX.", "P", "A", "N", "n=rechts",
  note="'suspect Ca' hedges malignancy only; lobe-level 'nl' statements do not cover the whole lungs for consolidation")
R("narrative", "De thoraxfoto is vervaardigd na de pleurapunctie links. Er is afname van het pleuravocht links. Er is geen pneumothorax ontstaan. Na de punctie is een onderliggende verdichting in de linker onderkwab beter zichtbaar geworden, die kan passen bij een compressie-atelectase maar ook bij een infiltraat. Er zijn nergens noduli.",
  "A", "A", "U", "c=links")
R("typos", "Beschrijvng: Kleine rondhaard linksonder, waarschijnlijk een tepelschaduw; herhalen met tepelmarkers. Geen consolidatie.", "U", "N", "A", "n=links",
  note="probable nipple shadow with a repeat advised: nodule uncertain (as r0047)")
R("postop", "Status na oesofagectomie. Drain rechts. Geen PTX. Geen infiltraten. Geen bijz.", "A", "A", "A",
  note="'geen bijz.' = geen bijzonderheden, global normal statement")
R("question", "Ter uitsluiting pneumothorax\nBevinding: Hoewel er geen duidelijke pleuralijn te zien is, is een kleine pneumothorax ventraal op deze liggende opname niet geheel uit te sluiten.",
  "N", "U", "N")

# Batch T
R("structured", "Klinische gegevens: Bekend met emfyseem, acute dyspneu.\nVraagstelling: PTX?\nBevindingen: Grote bullae rechts apicaal. Geen pneumothorax, al is het onderscheid met een bulla op deze opname lastig; bij persisterende klachten CT.\nConclusie: Geen pneumothorax aangetoond; bullae rechts.",
  "N", "A", "N",
  note="hard case: the findings soften the negation, but the conclusion is a plain negation and the final firm assertion wins -> absent")
R("short", "Haardje LOK, nieuw, CT ter uitsluiting maligniteit.", "P", "N", "N", "n=links",
  note="the CT is to exclude malignancy, not the haardje itself")
R("icu", "IC liggend, slechte kwaliteit. Longvelden niet goed te beoordelen door overprojectie van kabels en bewegingsartefact. Tube op positie.",
  "N", "N", "N", note="no finding is named; a general limitation is not a statement about any of the three findings")
R("followup", "Vgl. gisteren: het infiltraat RMK is nieuw en duidelijk progressief. Geen PTX. Nodulus ROK onveranderd.", "P", "A", "P", "n=rechts c=rechts")
R("allcaps", "THORAX PA. GEEN AFWIJKINGEN. EVENTUEEL MINIMALE PNEUMOTHORAX LINKS APICAAL, DIT IS NIET ZEKER.", "A", "U", "A", "p=links",
  note="a specific hedge overrides the global normal statement for pneumothorax")
R("telegram", "Tov 12/3: PTX li restloos verdwenen, drain eruit. Infiltr LOK in regressie.", "N", "A", "P", "c=links")
R("narrative", "Bekend met niercelcarcinoom, follow-up. Vergeleken met de voorgaande foto van een half jaar geleden zijn er meerdere nieuwe ronde verdichtingen in beide longen, de grootste 2 cm in de rechter onderkwab, passend bij metastasen. Er is geen pleuravocht en geen pneumothorax. Geen consolidaties.\nConclusie: Nieuwe longmetastasen beiderzijds.",
  "P", "A", "A", "n=beiderzijds")
R("typos", "Vrslag: pneumothorax links niet aangetoont. Geen infiltraat. Verder nl.", "A", "A", "A",
  note="'pneumothorax links niet aangetoond' plus 'verder nl' (which covers the right side): absent")
R("postop", "Status na CABG, dag 2. Geen pneumothorax na drainverwijdering. Linker onderkwab: verdichting, dd atelectase dd beginnend infiltraat. Sternumdraden intact.",
  "N", "A", "U", "c=links")
R("question", "Vraag: nodus in RBK (gezien op CT elders)?\nVerslag: In de rechter bovenkwab een vage opaciteit van ca 1 cm die kan passen bij de op CT beschreven nodus. Verder geen afwijkingen.",
  "U", "A", "A", "n=rechts", note="'kan passen bij' is weaker than 'passend bij' -> uncertain")
R("structured", "Klinische info: Koorts na chemotherapie.\nBeschrijving: Port-a-cath rechts, tip in VCS. Geen consolidaties, geen pleuravocht. De bekende longmetastasen in beide onderkwabben zijn stabiel.\nImpressie: Geen focus; stabiele metastasen.",
  "P", "N", "A", "n=beiderzijds")
R("short", "Pneumothorax: nee. Infiltraat: ja, rechter bovenkwab.", "N", "A", "P", "c=rechts",
  note="checklist-style answers written by the radiologist, not a question section")
R("icu", "IC. Toegenomen bilaterale luchtruimverdichtingen (airspace disease), dd ARDS dd pneumonie. Geen PTX. Drains bdz.", "N", "A", "U", "c=beiderzijds",
  note="pneumonia is one of the DDs beside ARDS -> consolidation uncertain")
R("followup", "Vergeleken met 3 opnames (maandag t/m woensdag): de eerder bekende kleine pneumothorax rechts is thans restloos verdwenen. Het infiltraat ROK is onveranderd aanwezig. Geen nieuwe noduli.",
  "A", "A", "P", "c=rechts", note="no known noduli described, so 'geen nieuwe noduli' negates nodule")
R("allcaps", "BEVINDING: ONDUIDELIJKE VERDICHTING RECHTER MIDDENKWAB, DIFFERENTIAAL INFILTRAAT, ATELECTASE OF MASSA. ADVIES LATERALE OPNAME.",
  "U", "N", "U", "n=rechts c=rechts")
R("telegram", "Bdz pleuralijn apicaal zonder longtekening -> PTX bdz, li>re. Subcut emfyseem. Infiltr nergens.", "N", "P", "A", "p=beiderzijds")
R("narrative", "Klinische informatie: patient met koorts en hoesten sinds een week komma bekend met COPD\nBevindingen: hart niet vergroot mediastinum normaal er is een consolidatie in de linker onderkwab met een luchtbronchogram daarnaast in de rechter bovenkwab een nodulaire opaciteit van circa 1 cm die op de vorige foto van 2020 ook al zichtbaar was geen pneumothorax\nConclusie: 1. pneumonie linker onderkwab 2. bekende nodus rechter bovenkwab stationair",
  "P", "A", "P", "n=rechts c=links", note="dictation artefacts ('komma' written out, no punctuation)")
R("typos", "Verslag: Infiltraat-achtig beeld in de rechter onderkwab. Geen pneumotoraks. Geen noduli.", "A", "A", "U", "c=rechts",
  note="'infiltraat-achtig' is treated as hedged")
R("postop", "Status na lobectomie RBK 3 dagen geleden. Drain rechts verwijderd. Geringe restpneumothorax rechts apicaal, kan conservatief. In de rechter onderkwab een nieuwe consolidatie, verdacht voor postoperatieve pneumonie.",
  "N", "P", "P", "p=rechts c=rechts", note="the consolidation is asserted; 'verdacht voor' concerns its cause (pneumonia)")
R("question", "Ter uitsluiting metastasen\nBevinding: Eén twijfelachtig noduleus schaduwtje in de linker onderkwab van 4 mm, niet zeker reëel; verder geen noduli. Normaal hart. Geen pleuravocht. Longvelden verder helder.", "U", "N", "A", "n=links",
  note="'twijfelachtig ... niet zeker reëel' hedges the nodule itself; 'verder geen noduli' does not override the specific hedge")

if __name__ == "__main__":
    main()
