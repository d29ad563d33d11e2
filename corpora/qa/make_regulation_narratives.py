"""Generate corpora/qa/regulation_narratives.jsonl: HIPAA and GDPR pack questions asked of short
incident / data-flow narratives.

    python corpora/qa/make_regulation_narratives.py        # deterministic (seed 0)

Every narrative and label below was written by hand for this project from general knowledge of
HIPAA and the GDPR (no evaluation cases, no ShARC data). Questions are referenced by
(pack, provision, question id) and their text is read verbatim from corpora/trees/{hipaa,gdpr}.json,
so the rows always carry the exact pack wording. A second, small part (``dated_pairs``) fills
deadline templates (72 hours, one month, 30 / 60 days, 500 residents) with dates and counts drawn
from a fixed-seed RNG; its labels are computed from the dates.

Labels: "yes" / "no" only when the narrative states or clearly implies the answer; "unknown"
when it leaves the question open. Row family: "<pack>-<question id>".
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).with_name("regulation_narratives.jsonl")

# short provision names used below -> provision ids of the packs
HIPAA_PROV = {
    "502a": "164.502(a)", "502a5": "164.502(a)(5)(i)", "502b": "164.502(b)", "506": "164.506",
    "508a1": "164.508(a)(1)", "508a2": "164.508(a)(2)", "508a3": "164.508(a)(3)", "508a4": "164.508(a)(4)",
    "510a": "164.510(a)", "510b": "164.510(b)", "514b": "164.514(b)", "524": "164.524",
    "404": "164.404", "406": "164.406", "408": "164.408", "410": "164.410",
    **{f"512{c}": f"164.512({c})" for c in "abcdefghijkl"},
}
GDPR_PROV = {"art6": "art6(1)", "art9": "art9(2)"}
LABEL = {"y": "yes", "n": "no", "u": "unknown"}


def load_questions() -> dict[str, dict[str, str]]:
    """{"hipaa": {"ce": text, "502a.authorized": text, ...}, "gdpr": {...}}"""
    out: dict[str, dict[str, str]] = {}
    for pack, short in (("hipaa", HIPAA_PROV), ("gdpr", GDPR_PROV)):
        tree = json.loads((ROOT / "corpora" / "trees" / f"{pack}.json").read_text(encoding="utf-8"))
        qs = {qid: v[0] for qid, v in tree["shared_questions"].items()}
        by_id = {p["id"].split(":", 1)[1]: p for p in tree["provisions"]}
        for alias, pid in list(short.items()) + [(k, k) for k in by_id if k not in short.values()]:
            for qid, v in by_id[pid]["questions"].items():
                qs[f"{alias}.{qid}"] = v[0]
        out[pack] = qs
    return out


# --------------------------------------------------------------------------------------------
# HIPAA narratives. "key=label": key is a shared question id (ce, phi, breach, unsecured) or
# "<provision>.<question id>"; label y / n / u.
HIPAA = [
    ("Riverside Family Practice faxed Mr. Ortiz's last three months of lab results to the cardiologist he had been referred to, so she could plan his stent procedure.",
     "ce=y phi=y 506.treatment_other=y 502b.treatment_provider=y 506.special=n 508a1.authorized=u breach=n 512f.law_enforcement=n"),
    ("A receptionist at a dental office emailed a patient's X-rays and appointment history to her employer, who had phoned to check whether she really saw a dentist on Friday. Nobody asked the patient first.",
     "ce=y 502a.authorized=n 502a.agreed=n 502a.tpo=n 502a.to_individual=n breach=y 512b.employer=n 510b.involved=n"),
    ("At a neighbourhood barbecue, Tom told a few friends that his brother-in-law had just been diagnosed with type 2 diabetes.",
     "ce=n 502a.to_individual=n 512b.public_health_authority=n 512f.law_enforcement=n 508a4.sale=n 510b.disaster=n"),
    ("Lakeside Health Plan's underwriting team pulled applicants' BRCA test results from a lab feed and used them to set higher monthly premiums for three families.",
     "ce=y 502a5.health_plan=y 502a5.genetic=y 502a5.underwriting=y 508a1.authorized=u breach=y 506.treatment_other=n"),
    ("We are a small medical billing company. A hospital sends us its claims files every week so we can submit them to insurers for it. Last Tuesday one of our staff lost a USB stick with 2,300 patients' claims on it; the stick had no encryption.",
     "ce=y 410.ba=y unsecured=y 408.large=y 410.notified_ce=u breach=y 410.within_60=u 404.notified=u"),
    ("A billing contractor realised on 4 January that a backup tape of a hospital's claims had sat in an unlocked courier bin for days. It phoned and wrote to the hospital's compliance office on 9 January with a list of the patients involved.",
     "410.ba=y 410.notified_ce=y 410.within_60=y unsecured=u 404.notified=u 408.large=u 408.contemporaneous=u"),
    ("A transcription vendor working for an orthopedic clinic discovered in March that a misconfigured server had left dictated visit notes readable on the open internet. It only told the clinic in late August, after a journalist started asking questions.",
     "410.ba=y 410.notified_ce=y 410.within_60=n breach=y unsecured=y 404.notified=u 408.large=u 406.media=u"),
    ("Dr. Hale, a psychologist, keeps her session notes in a locked drawer apart from the chart. When the lawyer of a patient's ex-husband wrote asking for them, the practice mailed the notes. The patient never signed a release.",
     "508a2.psychotherapy_notes=y 508a2.authorized=n 508a2.originator=n 508a2.defense=n 512e.court_order=n 508a2.training=n breach=y 524.access_request=n"),
    ("A psychiatrist reread her own counselling notes from last week's session before seeing the same patient again, to decide whether to change his treatment plan.",
     "508a2.psychotherapy_notes=y 508a2.originator=y 508a2.training=n 508a2.authorized=u 502a.to_individual=n breach=n 508a2.defense=n 524.access_request=n"),
    ("At Greenway Behavioral Health, residents in the supervised psychotherapy training programme read a senior therapist's session notes during weekly case review, with a supervisor present.",
     "508a2.training=y 508a2.psychotherapy_notes=y 508a2.originator=n 508a2.defense=n 508a2.authorized=u 512e.court_order=n 508a2.required=n"),
    ("A former client sued a counselling centre for malpractice. The centre's lawyers relied on his therapist's private session notes to prepare its defence.",
     "508a2.defense=y 508a2.psychotherapy_notes=y 508a2.training=n 508a2.authorized=u breach=n 508a2.originator=n 512e.court_order=u"),
    ("CityPharm mailed flyers about a new brand-name cholesterol drug to every customer taking statins. The drug maker paid the pharmacy for each letter sent, and customers had never signed anything about it.",
     "508a3.marketing=y 508a3.paid=y 508a3.authorized=n 508a3.face_to_face=n 508a3.nominal_gift=n breach=y 512b.fda=n"),
    ("During a routine check-up at a family medicine office, the nurse handed Mrs. Lin a branded pen and chatted with her about the office's evening yoga classes.",
     "508a3.face_to_face=y 508a3.nominal_gift=y 508a3.paid=u 508a4.sale=n 508a3.authorized=u breach=n"),
    ("Sunvale Hospital sold a list of recently discharged maternity patients, with names and due dates, to a baby formula company for $12,000. The mothers had signed forms saying the hospital would be paid for passing on their details.",
     "508a4.sale=y 508a4.authorized=y 508a4.states_payment=y phi=y breach=n 508a3.face_to_face=n 512i.research=n"),
    ("A rural clinic handed its patient list to a data broker in exchange for $4 per record. No patient was asked or even told.",
     "508a4.sale=y 508a4.authorized=n breach=y 502a.agreed=n 508a3.face_to_face=n 404.notified=u"),
    ("A hospital gave a university research team a set of stroke patients' records. The hospital received no money for it; the university paid the secure courier directly.",
     "508a4.sale=n 512i.research=y 512i.waiver=u ce=y 502a.authorized=u 512i.preparatory=n 512i.decedents=u"),
    ("When Mr. Banerjee was admitted to St. Clare's, the admissions clerk explained that his name, room number and general condition would be given to callers who asked for him by name, and he said that was fine.",
     "510a.directory=y 510a.informed=y 510a.objected=n 510a.emergency=n"),
    ("A woman fleeing a violent partner asked at admission that the hospital deny she was there to anyone who phoned. A week later the switchboard gave her room number to a caller.",
     "510a.directory=y 510a.objected=y 510a.emergency=n breach=y 510a.informed=u 512f.law_enforcement=n 510b.involved=u"),
    ("An unconscious motorcyclist with no identification was brought into the trauma bay; staff listed him in the facility directory as 'John Doe, critical condition' until he woke two days later.",
     "510a.emergency=y 510a.informed=n 510a.objected=n 510a.directory=y"),
    ("After her hip surgery, Mrs. Alvarez asked the surgeon to go over the discharge instructions with her daughter, who would be looking after her at home; the daughter sat in on the conversation.",
     "510b.involved=y 510b.agreed=y 510b.absent=n 510b.disaster=n 510b.deceased=n breach=n 510b.best_interest=u"),
    ("A man was brought to the ER unconscious after a stroke. The on-call physician phoned his wife to say he was in intensive care, judging that she ought to know.",
     "510b.involved=y 510b.absent=y 510b.best_interest=y 510b.deceased=n 510b.agreed=n"),
    ("Paula told her oncologist she did not want her brother to know anything about her illness. When the brother phoned, a nurse read him her latest scan results.",
     "510b.agreed=n 510b.absent=n breach=y 510b.disaster=n 510b.best_interest=u 510b.deceased=n 510b.involved=u"),
    ("After a tornado, Mercy Regional gave the Red Cross a list of the patients it had treated so the agency could help families find their relatives.",
     "510b.disaster=y ce=y 512f.law_enforcement=n 512h.organ=n 510b.agreed=u 510b.involved=n"),
    ("Mr. Kim died at the hospice. His son, who had driven him to every chemotherapy session, asked what had caused his death and the nurse explained. Mr. Kim had never asked for anything to be kept from his family.",
     "510b.deceased=y 510b.involved=y 512g.coroner=n 510b.disaster=n 512i.research=n 510b.best_interest=u"),
    ("A state law requires labs to report every positive hepatitis C result to the health department. Northside Lab sent each positive patient's name, date of birth and result, and nothing else.",
     "512a.required_by_law=y 512a.limited=y 512b.public_health_authority=y 502b.required_by_law=y 502a.agreed=u 512b.exposed=n"),
    ("A state law on gunshot wounds asks only for the patient's name and the type of wound. An ER clerk also faxed the police the man's full chart, including his HIV status.",
     "512a.required_by_law=y 512a.limited=n 512f.law_enforcement=y 502b.minimum=n breach=y 512b.public_health_authority=n 512j.threat=u"),
    ("A pediatric clinic in Ohio reported a cluster of measles cases, with the children's names and ages, to the county health department so it could trace contacts.",
     "512b.public_health_authority=y 512b.child_abuse=n 512b.fda=n ce=y phi=y 512a.required_by_law=u 512b.exposed=n"),
    ("An emergency physician found fractures at different stages of healing on a three-year-old and called the county's child protective services hotline.",
     "512b.child_abuse=y 512f.law_enforcement=n 512b.employer=n 512b.school=n 512a.required_by_law=u 502a.agreed=u"),
    ("A hospital pharmacist told the maker of an insulin pump that two patients' pumps had delivered too much insulin, giving their ages and the serial numbers of the devices.",
     "512b.fda=y 512b.public_health_authority=n 512b.exposed=n 512a.required_by_law=u"),
    ("A county TB nurse, acting under state law, called the coworkers of a patient with active tuberculosis to tell them they might have caught it and should get tested.",
     "512b.exposed=y 512b.employer=n 512b.school=n 512b.fda=n 512a.required_by_law=u"),
    ("An occupational health clinic, hired by a sawmill to run workplace medical surveillance, told the sawmill that one worker had lost hearing from noise on the cutting floor.",
     "512b.employer=y ce=y 506.treatment_other=n 512l.workers_comp=u 512b.school=n 512b.public_health_authority=n"),
    ("The school nurse needed proof that 8-year-old Leo had his MMR shots. His mother phoned the pediatrician's office and said to go ahead, and the office emailed his immunization record to the school.",
     "512b.school=y 502a.agreed=y 502a.authorized=n ce=y 512b.exposed=n 512b.public_health_authority=n"),
    ("An adult patient told her doctor that her husband beats her, and agreed that the doctor could report it to adult protective services, which the doctor then did.",
     "512c.victim=y 512c.authority=y 512c.agreed=y 512c.required=u 512c.statute=u breach=n 512f.law_enforcement=n"),
    ("A home-health nurse suspected an elderly client was being hit and robbed by her nephew. State law obliges nurses to report elder abuse, so she called the state's adult protective services line.",
     "512c.victim=y 512c.required=y 512c.authority=y 512c.agreed=u 512c.statute=y 512f.law_enforcement=n"),
    ("A clinic nurse thought a patient's bruises looked like abuse and mentioned her worry to the patient's manager at work.",
     "512c.victim=y 512c.authority=n 512b.employer=n 512c.agreed=u breach=y 512c.required=u"),
    ("Inspectors from the state health department arrived for a nursing home's licensing survey and read twenty residents' care plans.",
     "512d.oversight_agency=y 512d.oversight_activity=y 512f.law_enforcement=n 508a1.authorized=u 512e.court_order=n 512a.required_by_law=u"),
    ("An auditor from the HHS Office of Inspector General requested billing records for 40 patients of a cardiology group as part of a Medicare fraud investigation.",
     "512d.oversight_agency=y 512d.oversight_activity=y 502a.public_interest=y ce=y 512f.law_enforcement=u"),
    ("A judge in a personal-injury case ordered Brookside Clinic to produce Ms. Grant's records from January to June 2022. The clinic sent those, plus her entire file going back to 2009.",
     "512e.court_order=y 512e.within_order=n 502b.minimum=n breach=y 512e.subpoena=n 512e.assurances=u"),
    ("An insurance defence attorney served a subpoena on a physical therapy practice for a claimant's treatment notes, with a letter showing the claimant's lawyer had been notified and the time to object had passed. No judge was involved.",
     "512e.subpoena=y 512e.assurances=y 512e.court_order=n 502b.minimum=u"),
    ("A paralegal emailed a dental practice a subpoena for a patient's records. The practice sent everything the same day without asking whether the patient knew or whether any protective order had been sought.",
     "512e.subpoena=y 512e.assurances=n 512e.court_order=n breach=y"),
    ("A detective phoned the ER asking for the blood type, date of birth and injuries of anyone treated overnight for a gunshot wound, to identify a robbery suspect. Staff gave only those details.",
     "512f.law_enforcement=y 512f.identify=y 502b.minimum=y 512f.process=u 512f.other_conditions=u 512e.court_order=n 512j.apprehend=u"),
    ("Police executed a search warrant at a pain clinic and seized prescription records for five named patients.",
     "512f.law_enforcement=y 512f.process=y ce=y 502a.authorized=u 502b.minimum=u"),
    ("A patient punched a security guard in the hospital's waiting room. The hospital gave the police his name, address and the time he was seen.",
     "512f.other_conditions=y 512f.law_enforcement=y 512f.crime_victim=n 512f.process=u 512j.threat=u"),
    ("An assault victim, awake and clear-headed, told the ER nurse she wanted nothing passed to the police. The nurse gave the officers her injuries and home address anyway.",
     "512f.crime_victim=n 512f.law_enforcement=y 510b.involved=n breach=y 512f.process=u 512f.other_conditions=u"),
    ("The medical examiner asked the hospital for the chart of a man who collapsed and died in its parking garage, to work out the cause of death.",
     "512g.coroner=y 512g.funeral=n 512h.organ=n 512f.law_enforcement=n 512f.other_conditions=u"),
    ("Before embalming, a funeral director needed to know whether the deceased carried an infection; the nursing home told him she had hepatitis B.",
     "512g.funeral=y 512g.coroner=n ce=y breach=n 510b.deceased=n"),
    ("Within an hour of a brain-death determination, the ICU contacted the regional organ procurement organization and shared the patient's blood type and medical history.",
     "512h.organ=y 512g.coroner=n 512i.research=n 510b.involved=n"),
    ("A university hospital's IRB approved a waiver of authorization so researchers could review 5,000 charts of heart failure patients for a readmission study.",
     "512i.research=y 512i.waiver=y 512i.preparatory=n 512i.decedents=u 508a1.authorized=n breach=n"),
    ("Before writing a grant proposal, an oncologist looked through charts on-site to count how many patients might qualify for a trial. Nothing was copied or taken out of the hospital.",
     "512i.research=y 512i.preparatory=y 512i.waiver=u 508a1.authorized=u 512i.decedents=u"),
    ("A historian studying the early AIDS epidemic asked a hospital for the charts of patients who died on its wards between 1983 and 1990.",
     "512i.research=y 512i.decedents=y 512i.waiver=u 510b.deceased=n 508a1.authorized=u 512i.preparatory=n"),
    ("During a session, a client told his counselor he had bought a gun and meant to shoot his ex-girlfriend that evening. The counselor called her and the police at once.",
     "512j.threat=y 512j.able_to_prevent=y 512f.law_enforcement=y 512j.apprehend=u breach=n 512f.process=n 508a2.psychotherapy_notes=u"),
    ("A patient mentioned to his therapist that years ago he had been in a bar fight. There was no sign he meant to harm anyone now, but the therapist called the police anyway.",
     "512j.threat=n 512f.law_enforcement=y 512f.process=n 512f.identify=n"),
    ("An inmate of the county jail was treated at the hospital for pneumonia; the hospital sent the discharge summary to the jail's medical unit.",
     "512k.inmate=y 512k.military=n 506.treatment_other=y 512k.veterans=n 512k.national_security=n"),
    ("A base commander asked an Army clinic for a soldier's fitness-for-duty results before deployment, and the clinic provided them.",
     "512k.military=y 512k.veterans=n 512k.inmate=n 512k.national_security=n 512f.law_enforcement=n"),
    ("The VA regional office reviewed a veteran's service medical records to decide whether his back condition qualified for disability compensation.",
     "512k.veterans=y 512k.national_security=n 512k.inmate=n 512k.military=n"),
    ("Cleared federal agents asked a hospital for records of a foreign official's visit as part of an authorised counterintelligence operation.",
     "512k.national_security=y 512k.veterans=n 512k.military=n 512f.process=u 512k.inmate=n"),
    ("A warehouse worker hurt his back lifting pallets and filed a workers' comp claim. His chiropractor sent the insurer only the notes about the back injury.",
     "512l.workers_comp=y 512l.necessary=y 512b.employer=n 512b.school=n"),
    ("For a workers' compensation claim about a broken wrist, an urgent care clinic sent the carrier her whole record, including an old abortion and treatment for depression.",
     "512l.workers_comp=y 512l.necessary=n 502b.minimum=n breach=y 512b.employer=n"),
    ("A health system released a dataset for a hackathon after stripping names, addresses, phone numbers, record numbers and all dates except the year. Nobody there knew of any way to work out who the patients were.",
     "514b.identifiers_removed=y 514b.actual_knowledge=n 514b.expert=u 514b.documented=u phi=u"),
    ("A statistician hired by an insurer analysed a claims extract and concluded the chance of identifying anyone was very small, but she wrote nothing down about how she reached that view.",
     "514b.expert=y 514b.documented=n 514b.identifiers_removed=u 514b.actual_knowledge=u phi=u"),
    ("The research extract kept patients' five-digit ZIP codes and exact birth dates. The analytics lead noted internally that a few patients in tiny rural towns could easily be picked out.",
     "514b.identifiers_removed=n 514b.actual_knowledge=y 514b.expert=u 514b.documented=u"),
    ("Jamal emailed his primary care practice on 2 May asking for a copy of his records from the last five years. The practice sent him a download link on 19 May.",
     "524.access_request=y 524.granted=y 524.timely=y 502a.to_individual=y 502a.required=y breach=n 502a.authorized=u 524.excepted=u"),
    ("On 5 January, the legal guardian of a 10-year-old asked the clinic for the child's records. By mid-April she had heard nothing and no extension had been mentioned.",
     "524.access_request=y 524.granted=n 524.timely=n 524.excepted=u 524.other_ground=u"),
    ("Mr. Dorsey asked to see everything his psychiatrist had written about him, including the session notes she keeps in a separate locked file. The practice withheld those notes.",
     "524.access_request=y 524.excepted=y 508a2.psychotherapy_notes=y 524.timely=u 524.other_ground=u"),
    ("A prison health unit refused an inmate's request for a copy of his file, saying that giving it to him would endanger the safety of other inmates and officers.",
     "524.other_ground=y 524.granted=n 524.access_request=y 524.timely=u 524.excepted=u"),
    ("A patient asked the hospital for her records. It gave her the full medical chart, but not the file its lawyers had put together in anticipation of her lawsuit.",
     "524.excepted=y 524.access_request=y 524.granted=y 524.timely=u 524.other_ground=u"),
    ("On 12 February, Harbor Clinic discovered that an employee had been browsing patient files out of curiosity. It mailed letters to the 37 affected patients on 3 March.",
     "breach=y 404.notified=y 404.within_60=y 408.large=n 406.over_500=n unsecured=u 408.logged=u 406.media=u"),
    ("A pharmacy chain discovered on 1 June that a laptop holding 8,200 Texas customers' prescription histories had been stolen from a car; the disk was not encrypted. Letters went out on 15 October, and no statement was ever given to the press.",
     "unsecured=y 404.notified=y 404.within_60=n 406.over_500=y 406.media=n 408.large=y breach=y 406.within_60=n"),
    ("We're a regional health plan. A phishing attack exposed an inbox holding 1,150 Oregon members' claims. We found it on 8 August, wrote to members on 20 September, and that same day alerted Portland TV stations and filed the report on the HHS portal.",
     "406.over_500=y 406.media=y 406.within_60=y 408.contemporaneous=y 404.within_60=y breach=y 408.large=y 404.notified=y"),
    ("A temp at a small family practice posted discharge letters for 14 patients to the wrong addresses in May. The practice entered the incident in its breach log and sent the log to HHS the following February.",
     "408.large=n 408.logged=y breach=y 404.notified=u unsecured=y 406.over_500=n 404.within_60=u"),
    ("A small podiatry office lost a paper folder of 60 patients' records in 2022. It did not report the incident to HHS until September 2023.",
     "408.logged=n 408.large=n 404.notified=u unsecured=y breach=y 406.over_500=n 404.within_60=u"),
    ("A hospital found that a backup drive with 2,600 patients' records, stored without encryption, was missing. It wrote to the patients in April but only told HHS in its annual log the next year.",
     "408.large=y 408.contemporaneous=n 404.notified=y unsecured=y 404.within_60=u 406.over_500=u breach=y"),
    ("A nurse's laptop was stolen from her car. It held patient care notes, but the disk was protected by full-disk encryption and the key was not stored with it.",
     "unsecured=n phi=y 404.notified=u 408.large=u breach=u"),
    ("Backup tapes taken in a burglary held patient records encrypted to NIST standards; the decryption keys were on a separate server that the burglars never touched.",
     "unsecured=n 404.notified=u 408.large=u ce=u"),
    ("Old appointment books at a dental office were cross-cut shredded by a certified destruction company before recycling.",
     "breach=n unsecured=n phi=y"),
    ("Dana asked her dermatologist's patient portal to send her biopsy report to her own email address, and the office did.",
     "502a.to_individual=y 524.access_request=y 524.granted=y 502a.authorized=u 524.timely=u 524.excepted=n"),
    ("The HHS Office for Civil Rights opened a compliance review of a dialysis center and asked for its patient complaint files; the center handed them over.",
     "502a.required=y 512d.oversight_agency=y 502a.to_individual=n 512f.law_enforcement=n"),
    ("Greenfield Hospital's infection control committee reviewed the charts of patients who got infections after surgery, to improve its sterilisation procedures.",
     "506.own_tpo=y 502a.tpo=y 506.special=n 502a.authorized=u breach=n 506.treatment_other=n 502a.to_individual=n"),
    ("An anesthesiology group asked the hospital for patients' insurance details so it could bill for the anesthesia it had provided during their operations there; the hospital supplied them.",
     "506.payment_other=y 502a.tpo=y 506.treatment_other=n 506.special=n 502b.minimum=u"),
    ("Two hospitals that had both treated the same transferred patients shared records so the receiving hospital's compliance unit could check for duplicate billing fraud.",
     "506.operations_other=y 502a.tpo=y 506.special=n 506.payment_other=n 502b.minimum=u"),
    ("A health insurer reviewed its members' pharmacy claims to find people with diabetes and offer them its own nurse coaching programme.",
     "506.own_tpo=y ce=y 502a5.underwriting=n 502a5.health_plan=y 508a4.sale=n"),
    ("A fitness-tracker company stores users' heart-rate and sleep data from its wristbands. People buy the bands in shops; no doctor, hospital or insurer is involved.",
     "ce=n 506.treatment_other=n 410.ba=n phi=n 508a4.sale=u"),
    ("A warehouse manager keeps copies of staff sick notes in personnel files and mentioned one worker's migraine diagnosis at a team meeting.",
     "ce=n 510b.involved=n 512b.public_health_authority=n phi=n"),
    ("An elementary school keeps students' asthma plans in the front office and does not bill any insurer for health services. A teacher read one student's plan aloud in class.",
     "ce=n 512b.school=n 510b.involved=n phi=n 512f.law_enforcement=n"),
    ("A newspaper reporter got leaked ER logs from an anonymous source and published a story naming a singer who had been treated for an overdose.",
     "ce=n 512f.law_enforcement=n 512b.public_health_authority=n 410.ba=n 510b.involved=n"),
    ("MedVault hosts the electronic health record system for 40 dental practices under signed business associate agreements.",
     "ce=y 410.ba=y phi=y breach=u 410.notified_ce=u unsecured=u"),
    ("A life insurance company requires applicants to take a blood test for cholesterol and nicotine and uses the results to decide whether to offer cover.",
     "502a5.underwriting=y 502a5.genetic=n ce=n 512b.employer=n 508a1.authorized=u"),
    ("Before the clinical trial, Ana signed a form letting the drug company see her records for the study until 31 December 2023. In March 2024 the company asked for updated records and the clinic sent them.",
     "508a1.authorized=y 508a1.defective=y 508a1.consistent=n breach=y 512i.research=y"),
    ("Marcus signed a release letting his physical therapist send progress notes to his attorney. The therapist sent them to the attorney and also to Marcus's employer.",
     "508a1.consistent=n breach=y 508a1.defective=u"),
    ("A patient signed an authorization for her records to go to a life insurer, then wrote to the hospital two weeks later cancelling it. The hospital sent the records a month after that.",
     "508a1.authorized=y 508a1.defective=y 502a.authorized=n breach=y 512i.research=n"),
    ("The authorization form Mr. Tan signed left both the expiry date and the recipient's name blank.",
     "508a1.authorized=y 508a1.defective=y 508a1.consistent=u 502a.authorized=n"),
    ("Leah signed a fully completed authorization letting her OB-GYN send her prenatal records to her new clinic in Denver; the office sent them to that clinic and nowhere else.",
     "508a1.authorized=y 508a1.defective=n 508a1.consistent=y 502b.authorized=y 506.treatment_other=y"),
    ("To process a claim for a single office visit, a billing clerk sent the insurer the patient's complete 12-year chart.",
     "502b.minimum=n 506.own_tpo=y 502b.treatment_provider=n 502b.to_individual=n 508a1.authorized=u breach=u"),
    ("An ICU doctor called the patient's previous cardiologist in another state and asked for his echo results; they were faxed over within the hour.",
     "502b.treatment_provider=y 506.treatment_other=y 502a.tpo=y 502b.authorized=u 502b.minimum=y breach=n"),
    ("Staff at an urgent care center noticed unusual weekend logins to their patient scheduling system. IT is still investigating whether any appointment records were opened.",
     "ce=y phi=y breach=u unsecured=u 404.notified=u 410.ba=n 408.large=u"),
    ("I'm a freelance IT technician. A dental practice pays me to maintain its computers, and I can see patient files when I log in to fix things. We have a signed business associate agreement.",
     "410.ba=y ce=y phi=y breach=u unsecured=u"),
    ("A patient's sister, who lives abroad and has no role in her care, emailed the hospital asking for her diagnosis. The hospital replied that it could not share anything without the patient's permission.",
     "510b.involved=n 502a.to_individual=n breach=n"),
    ("A hospital billing office sent a patient's unpaid bill, listing the procedures she had, to the collection agency it uses.",
     "506.own_tpo=y 502a.tpo=y 506.special=n 502a.authorized=u 502b.minimum=u"),
    ("A pharmacy passed its customers' prescription lists to a drug company for a fee per name, calling it a 'refill reminder partnership'.",
     "508a4.sale=y 508a3.paid=y 508a4.authorized=u ce=y 508a4.states_payment=u 512i.research=n 508a3.authorized=u"),
    ("A psychiatric hospital's records clerk sent a therapist's process notes about one patient to the state licensing board that is investigating a complaint against that therapist.",
     "508a2.required=y 512d.oversight_agency=y 508a2.psychotherapy_notes=y 508a2.originator=n 508a2.authorized=u 512e.court_order=n"),
    ("At the pharmacy counter, the pharmacist asked Mr. Reyes whether she could go over his new heart medication in front of his wife; he nodded, and she did.",
     "502a.agreed=y 510b.involved=y 510b.agreed=y 508a1.authorized=n breach=n 510b.absent=n"),
    ("A hospital mailed patients a discount offer for timeshare holidays from a travel company; the travel company paid the hospital for each mailing.",
     "508a3.marketing=y 508a3.paid=y 508a3.face_to_face=n 508a3.authorized=u 508a3.nominal_gift=n breach=u 508a3.states_payment=u"),
    ("A drug company paid a clinic to send its asthma patients a letter promoting a new inhaler. The patients had signed marketing authorizations that said plainly the clinic was being paid by the drug company.",
     "508a3.marketing=y 508a3.paid=y 508a3.authorized=y 508a3.states_payment=y 508a3.face_to_face=n"),
    ("Patients of a chiropractic office signed a marketing authorization form that never mentioned that a supplement company pays the office for every referral.",
     "508a3.authorized=y 508a3.states_payment=n 508a3.paid=y 508a3.face_to_face=u 508a3.nominal_gift=u"),
    ("A health care clearinghouse converts claims for 300 clinics into standard electronic format. An employee copied 50,000 claims to a personal Dropbox before quitting.",
     "ce=y breach=y phi=y unsecured=u 408.large=y 404.notified=u 408.contemporaneous=u 406.media=u"),
    ("A woman's husband picked up her prescription at the pharmacy; the pharmacist handed him the filled bag.",
     "510b.involved=y ce=y 510b.agreed=u 510b.disaster=n"),
    ("A hospital volunteer posted on Facebook a photo of a well-known local footballer in a hospital bed, with a comment about his knee surgery. Nobody asked the player.",
     "breach=y ce=y 502a.agreed=n 502a.authorized=n 510a.directory=n"),
    ("A state university research team, which provides no health care itself, received a dataset from a health system with every identifier removed under the safe-harbor method.",
     "ce=n phi=n 514b.identifiers_removed=y 512i.research=y 512i.waiver=u 514b.expert=u"),
    ("Police asked an urgent care clinic to confirm whether a named woman had been treated there last night; the officers said her family had reported her missing.",
     "512f.law_enforcement=y 512f.identify=y 512f.process=u 512f.crime_victim=u 512j.threat=u"),
    ("A man brought to the ER after a car crash died despite treatment. Police suspect the other driver was drunk, and the hospital gave officers the time and cause of death.",
     "512f.other_conditions=y 512f.law_enforcement=y 512g.coroner=n 512f.process=u"),
    ("A health plan member asked for a year of her explanation-of-benefits statements after a denied claim; the plan mailed them to her within ten days.",
     "524.access_request=y 524.granted=y 524.timely=y 502a.to_individual=y ce=y breach=n 524.excepted=n"),
    ("A cloud storage vendor holds backups for a hospital network. A storage bucket was found open to the internet, and it is not yet known whether anyone downloaded files.",
     "410.ba=y ce=y breach=u unsecured=u 410.notified_ce=u 404.notified=u"),
    ("I run a two-dentist practice. Last week a former employee who still knew the password logged in and looked up her ex-boyfriend's new address in our records. We haven't told him yet.",
     "ce=y breach=y 404.notified=n phi=y 408.large=n unsecured=u 404.within_60=u 410.ba=n"),
    ("I'm a nurse. At a family dinner my aunt asked me why her neighbour was in hospital; I told her I couldn't say.",
     "breach=n 510b.involved=n 502a.to_individual=n ce=u"),
    ("A deputy asked the county jail's contracted medical provider for an inmate's medication list so he could be transported to court safely, and the provider gave it.",
     "512k.inmate=y 512k.military=n 502b.minimum=u 512f.law_enforcement=u"),
    # first-person and mixed narratives
    ("We are a physical therapy clinic. A patient's lawyer sent us a court order for his treatment notes from 2021 only, and we sent exactly those pages.",
     "512e.court_order=y 512e.within_order=y 502b.minimum=y ce=y 512e.subpoena=n 512e.assurances=u"),
    ("Our hospital's marketing office sold a list of cardiac patients to a home-gym equipment company. None of the patients signed anything.",
     "508a4.sale=y 508a4.authorized=n 508a3.authorized=n breach=y 508a3.paid=y 512i.research=n 404.notified=u"),
    ("A dialysis center told a patient's employer, at the patient's own written request on a signed and dated form, that he needed three afternoons off a week for treatment.",
     "502a.authorized=y 508a1.authorized=y 508a1.consistent=y 512b.employer=n breach=n 508a1.defective=u"),
    ("A nursing home resident with advanced dementia could not be asked, so the charge nurse phoned her son, who manages her care, to tell him she had fallen and broken her arm.",
     "510b.involved=y 510b.absent=y 510b.best_interest=y 510b.agreed=n 510b.deceased=n"),
    ("A plastic surgeon's office posted before-and-after photos of a patient on Instagram. The patient had signed a consent form for the photos to be taken for her chart, but nothing about social media.",
     "508a3.authorized=n breach=y 508a3.marketing=y 508a3.paid=u 508a3.face_to_face=n 508a3.nominal_gift=n"),
    ("A sleep clinic's cloud vendor discovered on 2 April that a former engineer still had access to patient files. It informed the clinic on 26 April.",
     "410.ba=y 410.notified_ce=y 410.within_60=y ce=y breach=u unsecured=u 404.notified=u"),
    ("An employer's HR department received a doctor's note from an employee explaining a week of absence and filed it in her personnel record.",
     "ce=n 512l.workers_comp=u 512b.employer=n phi=n"),
    ("A health plan sent the monthly membership roster of 900 members to the wrong employer group by email. It has not yet decided whether to notify anyone.",
     "ce=y breach=y 404.notified=n 408.large=y phi=y 404.within_60=u 406.over_500=u"),
    ("A hospital lab emailed a patient's genetic test results to her at her request. She later forwarded them to her sister herself.",
     "502a.to_individual=y 502a5.genetic=y 524.access_request=y breach=n 502a5.health_plan=n 502a5.underwriting=n"),
    ("An ambulance crew told the ER team about a patient's overdose on arrival, so the team could treat him.",
     "506.treatment_other=y 502a.tpo=y 508a1.authorized=u 502b.treatment_provider=y 506.special=n 502b.minimum=u"),
    ("A patient called her insurer to ask why a claim was denied; the representative explained it after confirming her identity.",
     "502a.to_individual=y ce=y breach=n 508a4.sale=n 506.own_tpo=y 502a.authorized=u 524.access_request=n"),
    ("A gym's personal trainers keep notes on clients' injuries and blood pressure readings that clients tell them about.",
     "ce=n 410.ba=n phi=n 512i.research=n"),
    ("A radiology group bills patients electronically and stores images in a cloud archive run by a vendor it contracts with.",
     "ce=y phi=y breach=u unsecured=u 410.ba=n"),
    ("A neighbour saw a woman being loaded into an ambulance and posted about it on the street's WhatsApp group.",
     "ce=n 512f.law_enforcement=n 510b.disaster=n phi=n 512b.public_health_authority=n"),
    ("A university's human subjects research study recruited volunteers directly through flyers; the university does not treat patients, and the study collects blood pressure readings.",
     "ce=n 512i.research=y 512i.decedents=n 512i.waiver=u phi=n 508a1.authorized=u"),
    # added for label balance within families
    ("A hospital found on 6 March that hackers had copied 12,000 records, mostly of Colorado residents, from an unencrypted file server. On 28 April it wrote to the patients, reported to HHS, and briefed Denver TV stations and newspapers.",
     "breach=y unsecured=y 404.notified=y 404.within_60=y 406.over_500=y 406.media=y 406.within_60=y 408.contemporaneous=y"),
    ("A pediatric practice's phones were stolen in a burglary. Each was encrypted and passcode-locked, and IT wiped them remotely within the hour.",
     "unsecured=n ce=y 404.notified=u"),
    ("A clinic receptionist left a printed list of the day's patients and their diagnoses on a bus seat; a passenger handed it to a local newspaper.",
     "breach=y unsecured=y ce=y 404.notified=u"),
    ("An orthopedic group wrote to each of the 212 patients whose X-ray files had been exposed, 19 days after the exposure came to light.",
     "breach=y 404.notified=y 404.within_60=y 408.large=n 408.logged=u"),
    ("A health plan found that a mailing vendor had misrouted 740 members' ID cards, all to Rhode Island addresses. It wrote to the members, sent a press release to Providence papers and TV that week, and told HHS at the same time.",
     "breach=y 406.over_500=y 406.media=y 408.large=y 408.contemporaneous=y 404.notified=y unsecured=y"),
    ("After a ransomware attack exposed 30,000 patients' files, a children's hospital decided not to notify anyone, arguing that the attackers only wanted money.",
     "404.notified=n breach=y 406.media=n 408.contemporaneous=n 408.large=y"),
    ("A counselling clinic's office manager sold copies of therapists' private session notes about a local politician to a tabloid for $2,000. The patient knew nothing about it.",
     "506.special=y 508a4.sale=y 508a2.psychotherapy_notes=y 508a2.authorized=n breach=y"),
    ("A hospital sent a patient's medication orders, diagnosis and a summary of her treatment plan to her new psychiatrist across town.",
     "508a2.psychotherapy_notes=n 506.treatment_other=y 506.special=n breach=n"),
    ("A patient phoned the clinic to move his appointment and to ask whether his co-pay had changed. The receptionist confirmed the new time.",
     "524.access_request=n ce=y 502a.to_individual=y"),
    ("A dermatology practice refused a patient's request for his records because he still owed $300 for past visits.",
     "524.access_request=y 524.granted=n 524.other_ground=n 524.excepted=n"),
    ("A hospital told a patient asking for her chart that it would not release records 'for liability reasons'. Her file holds nothing prepared for litigation and no therapy notes.",
     "524.excepted=n 524.granted=n 524.access_request=y 508a2.psychotherapy_notes=n"),
    ("A pharmaceutical sales rep asked a clinic for a list of its diabetic patients so she could send them samples, and the office manager printed one for her.",
     "512d.oversight_agency=n 506.own_tpo=n 508a3.marketing=y 502a.tpo=n breach=u"),
    ("A private disability insurer's claims investigator asked a hospital for a patient's records to check a claim; the patient had signed the insurer's authorization form.",
     "512d.oversight_agency=n 508a1.authorized=y 502a.authorized=y 512f.law_enforcement=n"),
    ("A hospital records clerk sent new mothers' names and addresses to a marketing firm that pays $50 per name. The mothers were never asked.",
     "506.own_tpo=n 506.special=y 508a4.sale=y 508a4.authorized=n breach=y"),
    ("A man told the ER nurse he bruised his ribs falling off a ladder while clearing gutters; nothing suggested anyone had hurt him.",
     "512c.victim=n 512b.child_abuse=n 512c.required=u"),
    ("A hospital sent an elderly patient's records to adult protective services because her daughter, who is fighting her siblings over the estate, asked it to. Staff had seen no sign of abuse.",
     "512c.victim=n 512c.authority=y 512c.agreed=u"),
    ("A clinic emailed its patients their lab results and reminders of upcoming appointments; nothing else was in the messages.",
     "508a3.marketing=n 508a3.paid=n 502a.to_individual=y breach=n"),
    ("Before surgery, Mr. Osei told the surgeon he wanted his wife kept up to date. Afterwards the surgeon phoned her with the results of the operation.",
     "510b.involved=y 510b.agreed=y 508a1.authorized=n 502a.agreed=y"),
    ("An HMO signed a business associate agreement with an AI transcription company, which now listens to doctor-patient visits to draft clinical notes.",
     "410.ba=y ce=y phi=y breach=u"),
    ("A county sheriff served a grand jury subpoena on a methadone clinic for one patient's attendance records, and the clinic complied.",
     "512f.law_enforcement=y 512f.process=y 512e.subpoena=y 512f.crime_victim=u"),
    ("A prison doctor told the warden, who has custody of an inmate, that the inmate had active TB so he could be moved to an isolation cell.",
     "512k.inmate=y 512b.employer=n 512k.military=n 512j.threat=u"),
    ("A soldier on leave asked a civilian urgent care clinic not to tell her unit about her visit; no commander ever contacted the clinic.",
     "ce=y 512k.military=n breach=n"),
    ("A university hospital's IRB refused to waive authorization for a resident's study, but she pulled 300 patient charts for it anyway without asking the patients.",
     "512i.waiver=n 512i.research=y breach=y 508a1.authorized=n"),
    ("Researchers at a cancer center collected signed authorization forms from all 240 trial participants before using their records.",
     "512i.research=y 508a1.authorized=y 512i.decedents=n 512i.waiver=u"),
    ("A hospital reported a newly diagnosed patient's cancer to the state cancer registry, as state law requires for every new diagnosis.",
     "512a.required_by_law=y 512b.public_health_authority=y 512g.coroner=n 508a1.authorized=u"),
    ("A clinic gave a patient's new address to a debt collector hired by her landlord, without asking her.",
     "breach=y 506.own_tpo=n 502a.tpo=n 502a.authorized=n"),
    ("A teenager's pediatrician told his school's football coach about his concussion so he would be kept off the field; the teen and his parents had agreed to this.",
     "502a.agreed=y 512b.school=n 512b.employer=n breach=n"),
    ("I'm a hospital privacy officer. A doctor took a patient's chart home on an unencrypted USB stick and lost it on the train. We wrote to the patient ten days later.",
     "breach=y unsecured=y 404.notified=y 404.within_60=y 408.large=n"),
    ("A health plan employee posted 18 members' names and diagnoses in a public chat channel. The plan found it on 3 January, wrote to the members on 1 April, and included it in the log it sent HHS the next February.",
     "breach=y 404.within_60=n 408.large=n 408.logged=y 404.notified=y"),
    ("A hospital records clerk opened a celebrity patient's chart out of curiosity; the hospital's access audit flagged it the same day.",
     "breach=y 506.own_tpo=n ce=y"),
    ("A logistics company hired an occupational health clinic to treat workplace injuries. After a worker fell from a loading dock, the clinic told the company how long he would be off, for its OSHA injury log.",
     "512b.employer=y ce=y 512l.workers_comp=u"),
    ("A florist asked the hospital's front desk for a patient by name; the patient had agreed to be listed in the directory, and the clerk gave his room number.",
     "510a.directory=y 510a.objected=n breach=n 510a.informed=u"),
    ("A pharmacy's new app sent customers' prescription details to a social-media advertising tracker. Nobody was asked, and the pharmacy says it did not know.",
     "breach=y ce=y 508a1.authorized=n 512i.research=n"),
    ("A shredding contractor's driver dumped boxes of a hospital's unshredded patient files behind a supermarket.",
     "breach=y unsecured=y 404.notified=u"),
    ("A dentist's office told a patient's mother, who comes to every appointment with her adult son, that he needed a root canal. He had said beforehand that he didn't mind.",
     "510b.involved=y 510b.agreed=y breach=n"),
    ("A drug company's representative chatted with shoppers about their blood pressure at a mall health fair; no clinic, pharmacy or insurer was involved.",
     "ce=n 508a3.face_to_face=u"),
]

# --------------------------------------------------------------------------------------------
# GDPR narratives: shared question ids personal_data, in_scope, breach, request, transfer;
# provision keys "art6.consent", "art9.special", ...
GDPR = [
    ("An online bookshop in Lyon stores customers' delivery addresses and emails them order confirmations so it can ship their parcels.",
     "personal_data=y in_scope=y art6.contract=y art6.consent=u transfer=u breach=u art9.special=n art13.identity_purposes=u"),
    ("Maria keeps a spreadsheet of her friends' birthdays and home addresses so she can send them Christmas cards.",
     "in_scope=n personal_data=y art35.high_risk_processing=n art9.special=n art22.automated=n transfer=u"),
    ("Our family shares holiday photos of the grandchildren in a private album on a home server that only relatives can log into.",
     "in_scope=n personal_data=y art21.direct_marketing=n art9.special=u art22.automated=n"),
    ("A bank's fraud system automatically blocked a customer's card after an unusual purchase in Lagos. A hotline lets the customer reach an analyst who reviews the block and can lift it.",
     "art22.automated=y art22.human_review=y art6.legitimate=y transfer=u art6.consent=u art9.special=n art35.dpia=u"),
    ("A lender's website rejects loan applications instantly based on a credit-scoring algorithm. No member of staff ever looks at them, and there is no way to ask a person to reconsider.",
     "art22.automated=y art22.human_review=n art22.explicit_consent=u art35.high_risk_processing=y art22.law=u art9.special=n"),
    ("A recruiter's software ranks incoming CVs, but a hiring manager reads every CV and makes each interview decision herself.",
     "art22.automated=n art35.dpia=u transfer=u"),
    ("A fitness app asks new users, on a separate screen in plain words, whether they want training tips by email. Users tick a box; the app logs the time and wording they agreed to. Unsubscribing takes one tap.",
     "art7.consent_based=y art7.demonstrable=y art7.distinguishable=y art7.withdrawable=y art6.consent=y art7.conditional=n breach=u"),
    ("Travellers at Milan airport can only use the free Wi-Fi after agreeing to their browsing data being shared with advertising partners; there is no way to connect without ticking that box.",
     "art7.conditional=y art7.consent_based=y art7.withdrawable=u transfer=u art7.demonstrable=u art7.distinguishable=u"),
    ("The sentence allowing marketing calls was buried in paragraph 14 of a 20-page terms and conditions document that customers accept when opening an account.",
     "art7.distinguishable=n art7.consent_based=y art7.demonstrable=u art21.direct_marketing=y art7.withdrawable=u art7.conditional=u"),
    ("An online retailer could not produce any record that a complaining customer had signed up to its newsletter; its sign-up logs had been wiped in a system migration.",
     "art7.demonstrable=n art7.consent_based=y art21.direct_marketing=y art7.withdrawable=u art21.objection=u"),
    ("A magazine lets readers subscribe to its newsletter with one click but requires a signed letter sent by post to unsubscribe.",
     "art7.withdrawable=n art7.consent_based=y art21.direct_marketing=y art7.demonstrable=u"),
    ("A Dutch employer sends its employees' salaries and tax numbers to the tax authority every month, as national law requires.",
     "art6.legal_obligation=y transfer=n art6.vital=n art6.consent=u art9.special=n art13.identity_purposes=u"),
    ("An unconscious Irish tourist was brought to a hospital in Seville; doctors obtained her allergy records from her hospital in Cork to avoid giving her a drug she reacts to.",
     "art6.vital=y art9.special=y art9.vital=y transfer=n art6.consent=n art9.explicit_consent=n"),
    ("A municipal council uses residents' addresses to charge the waste collection fee set by a local by-law.",
     "art6.public_task=y personal_data=y art9.special=n art6.consent=u art13.identity_purposes=u"),
    ("A supermarket keeps CCTV footage from its stockroom for 30 days to investigate thefts, and signs at the door explain this.",
     "art6.legitimate=y art5.transparent=y art9.special=n breach=u art35.dpia=u"),
    ("A mobile game profiled the spending habits of players aged 11 to 14 to target them with in-game purchase offers, relying on its legitimate interests.",
     "art6.overridden=y art8.age_16=n art21.direct_marketing=y art8.parental=u art35.dpia=u"),
    ("A video-sharing app lets users in Germany sign up from age 13 by ticking a consent box. A 14-year-old opened an account without any parent being involved.",
     "art8.child_service=y art8.age_16=n art8.parental=n art8.verified=n art7.demonstrable=u"),
    ("A homework-help app asks 12-year-old users for a parent's email; the parent must click a confirmation link and enter the last four digits of a payment card before the account works.",
     "art8.child_service=y art8.parental=y art8.verified=y art8.age_16=n art9.special=n"),
    ("A 17-year-old in Spain created an account on a music streaming service, consenting to personalised recommendations.",
     "art8.age_16=y art8.child_service=y art8.parental=u art8.verified=u"),
    ("A trade union in Belgium keeps a list of its members' names, employers and monthly dues.",
     "art9.special=y in_scope=y art9.explicit_consent=u art9.employment=u"),
    ("An HR department recorded which employees went to Friday prayers so it could plan shifts around them; staff were never asked about it.",
     "art9.special=y art9.explicit_consent=n art9.employment=n in_scope=y art6.consent=n art35.dpia=u"),
    ("A politician wrote on her public blog that she has multiple sclerosis, and a newspaper quoted the post in an article about her campaign.",
     "art9.special=y art9.made_public=y art9.explicit_consent=u art9.health_care=n"),
    ("A law firm reviewed a former employee's sick-leave records to defend its client against her unfair dismissal claim at the labour court.",
     "art9.legal_claims=y art9.special=y art9.explicit_consent=u art9.health_care=n art9.made_public=n"),
    ("A GP practice in Dublin records its patients' diagnoses and prescriptions in its clinical system.",
     "art9.health_care=y art9.special=y art6.consent=u art9.made_public=n breach=u"),
    ("During the pandemic, a national public health agency collected positive test results from labs to track how the virus was spreading across borders.",
     "art9.public_health=y art9.special=y art6.public_task=y"),
    ("A university genetics lab analysed pseudonymised DNA samples from a biobank for a cancer study approved under the national research act, with strict access controls.",
     "art9.research=y art9.special=y art25.by_design=y art32.measures=y"),
    ("A gym replaced membership cards with fingerprint scanners at the turnstile. Members who would not enrol their fingerprints were told to cancel; no alternative was offered.",
     "art9.special=y art7.conditional=y art9.explicit_consent=u art35.dpia=u art9.health_care=n transfer=u"),
    ("A shoe shop keeps customers' names, email addresses and shoe sizes in its loyalty system.",
     "art9.special=n personal_data=y art35.high_risk_processing=n breach=u"),
    ("A customer asked her energy supplier on 3 March for all the data it held about her; on 25 March it sent her a full export, without charging anything.",
     "request=y art15.access_request=y art12.one_month=y art12.free=y art15.copy=y art12.extended=n art17.erasure_request=n"),
    ("HR received an ex-employee's subject access request on 1 September. On 28 September it wrote that the volume of emails meant it needed two more months, explaining why, and it delivered the data on 20 November.",
     "art12.extended=y art15.access_request=y art15.copy=y art17.erasure_request=n art12.free=u"),
    ("A gym charged a member 25 euros for a copy of his personal data the first time he asked.",
     "art12.free=n request=y art12.unfounded=n art15.access_request=y art15.copy=u art12.one_month=u"),
    ("A man sent his bank the same access request every day for six weeks, each time demanding his full account history since 1995.",
     "art12.unfounded=y request=y art15.access_request=y art12.free=u art15.copy=u art12.one_month=u"),
    ("Twelve weeks after a customer asked a telecom company what data it held on her, she had received no answer and no explanation.",
     "art12.one_month=n art12.extended=n art15.confirmed=n request=y art15.copy=n art12.free=u"),
    ("At a dental clinic in Lisbon, the back of the registration form explains who runs the clinic, why the data is needed and on what legal basis, how long records are kept, and how to complain to the CNPD.",
     "art13.from_subject=y art13.identity_purposes=y art13.rights_retention=y art9.health_care=y art13.already_has=u"),
    ("A webshop's checkout page collects name and address but there is no privacy notice, or link to one, anywhere on the site.",
     "art13.from_subject=y art13.identity_purposes=n art13.rights_retention=n art5.transparent=n art13.already_has=u art6.contract=y"),
    ("A marketing agency bought 40,000 names and phone numbers from a data broker and began cold-calling them. None of the people on the list was told where their number came from.",
     "art14.indirect=y art14.informed_month=n art21.direct_marketing=y art13.from_subject=n art6.consent=u art14.exempt=u"),
    ("A credit reference agency receives repayment histories about 3 million people from banks. Writing to each person was judged disproportionate, so it published a detailed notice on its website instead.",
     "art14.indirect=y art14.exempt=y personal_data=y art14.informed_month=u"),
    ("An HR team got a job applicant's references from her previous employer and, two weeks later, emailed her a notice explaining what they had received and why.",
     "art14.indirect=y art14.informed_month=y art13.from_subject=n art9.special=u"),
    ("Ingrid noticed her car insurer had her date of birth wrong and wrote asking for it to be fixed; the insurer corrected it the next day.",
     "art16.inaccurate=y art16.rectified=y request=y art17.erasure_request=n art12.one_month=y art12.free=u"),
    ("A tenant has told his housing association three times in six months that his surname is misspelled in its records. It is still wrong.",
     "art16.inaccurate=y art16.rectified=n art5.accurate=n request=y art17.erasure_request=n"),
    ("After closing her account with an online clothes shop, Sofie asked it to delete all her data. It removed her profile and marketing data but kept her invoices for seven years, as tax law requires.",
     "art17.erasure_request=y art17.keep_required=y art6.legal_obligation=y request=y art12.one_month=u art16.inaccurate=n"),
    ("A dating app user withdrew his consent and asked for his photos and messages to be erased. Two months later his profile was still visible to others.",
     "art17.erasure_request=y art17.withdrawn=y art17.erased=n art7.consent_based=y art12.one_month=u art9.special=u"),
    ("A customer told a furniture retailer she no longer wanted its promotional emails. The retailer kept sending weekly offers.",
     "art21.objection=y art21.direct_marketing=y art21.stopped=n art17.objected=y request=y art6.consent=u art12.one_month=u"),
    ("A resident objected to a council camera filming his street. The council documented that it was needed to investigate a series of arson attacks, decided this outweighed his interests, and kept the camera running.",
     "art21.objection=y art21.compelling=y art21.direct_marketing=n art21.stopped=n request=y art17.erasure_request=n art12.one_month=u"),
    ("A landlord had collected tenants' bank statements without any legal basis. When one tenant found out, he asked for his to be deleted, and the landlord shredded them that week.",
     "art17.unlawful=y art17.erasure_request=y art17.erased=y request=y art12.one_month=y"),
    ("A period-tracking app makes every user's cycle data visible on a community feed by default; users have to find a setting to make it private.",
     "art25.by_default=n art9.special=y art35.dpia=u art25.by_design=u personal_data=y"),
    ("A ride-hailing firm built its analytics pipeline to strip passenger names and round GPS positions to 1 km before analysts see the data.",
     "art25.by_design=y art5.minimised=y art32.tested=u art25.by_default=u"),
    ("A Danish HR software company keeps client employers' payroll data in data centres in Frankfurt, has a processing agreement with each client, and quietly brought in a Polish support contractor without telling them.",
     "art28.processor=y art28.contract=y art28.subprocessor=y art28.sub_authorised=n transfer=n art28.guarantees=u breach=u"),
    ("A charity sent its donor list to a mailing house to print and post its Christmas appeal. There was no written agreement between them, just an email with the file attached.",
     "art28.processor=y art28.contract=n in_scope=y art28.guarantees=u art28.subprocessor=u"),
    ("We are a secondary school using a US-based learning platform. We signed the vendor's processing agreement with the EU standard contractual clauses, and approved its list of sub-processors in writing.",
     "art28.processor=y art28.contract=y art28.sub_authorised=y art44.safeguards=y transfer=y art44.adequacy=u art28.guarantees=u"),
    ("A small accountancy firm keeps all client tax returns on a shared drive with no password, no backups and no antivirus software.",
     "art32.measures=n art32.tested=n breach=u art5.secure=n transfer=u"),
    ("A hospital in Graz encrypts all laptops, requires two-factor login and commissions a penetration test every quarter.",
     "art32.measures=y art32.tested=y art5.secure=y breach=u"),
    ("An online pharmacy in Vienna learned at 10:00 on Monday that hackers had copied 20,000 customers' order histories. It notified the Austrian data protection authority at 15:00 on Wednesday.",
     "breach=y art33.notified=y art33.within_72=y art33.unlikely_risk=n art34.communicated=u art34.encrypted=u"),
    ("A recruitment firm discovered on 3 March that its applicant database had been publicly accessible. It informed the supervisory authority on 20 March, giving no explanation for the wait.",
     "breach=y art33.notified=y art33.within_72=n art33.reasons=n art34.communicated=u art33.unlikely_risk=u art34.high_risk=u"),
    ("An insurer reported a ransomware attack to the regulator five days after discovering it, explaining that forensic experts first had to establish what had been taken.",
     "art33.within_72=n art33.reasons=y art33.notified=y breach=y art34.communicated=u art34.encrypted=u art33.unlikely_risk=u"),
    ("An employee emailed a list of 12 colleagues' desk phone extensions to the wrong internal team, which deleted it unread.",
     "breach=y art33.unlikely_risk=y art34.high_risk=n art33.notified=u art34.communicated=u"),
    ("A bank lost a courier package with 3,000 customers' account statements and never told the data protection authority.",
     "breach=y art33.notified=n art33.unlikely_risk=n art34.communicated=u art33.within_72=n art34.encrypted=n"),
    ("Hackers stole a clinic's unencrypted database of HIV test results. The clinic emailed every affected patient the next morning.",
     "art34.high_risk=y art34.communicated=y art34.encrypted=n art9.special=y art33.notified=u art34.mitigated=u art33.within_72=u"),
    ("A lost laptop held 5,000 customer records but was protected by strong full-disk encryption, and the key was not compromised.",
     "breach=y art34.encrypted=y art34.high_risk=n art34.communicated=u art33.unlikely_risk=y art33.notified=u"),
    ("After a leak of a dating site's member data, most members' email addresses were out of date, so the site posted a prominent notice on its homepage and in national newspapers instead of writing to each person.",
     "art34.public_notice=y breach=y art34.encrypted=u art34.high_risk=u art33.notified=u"),
    ("A hospital accidentally emailed 200 patients' files to a trusted research partner, which confirmed in writing within the hour that it had permanently deleted them.",
     "art34.mitigated=y breach=y art9.special=y art34.communicated=u art33.notified=u art34.high_risk=u"),
    ("Passwords of 2 million forum users were leaked in plain text. Six weeks later the users still had not been told.",
     "art34.communicated=n breach=y art34.encrypted=n art34.high_risk=y art33.notified=u"),
    ("A city switched on facial-recognition cameras across its main square without carrying out any data protection impact assessment.",
     "art35.high_risk_processing=y art35.dpia=n art9.special=y art9.explicit_consent=n"),
    ("A bakery with three staff keeps a paper list of customers' birthday cake orders.",
     "art35.high_risk_processing=n in_scope=y art9.special=n transfer=n art22.automated=n"),
    ("Before launching remote heart monitoring for 200,000 policyholders, a health insurer completed and documented a data protection impact assessment.",
     "art35.dpia=y art35.high_risk_processing=y art9.special=y art22.automated=u art6.consent=u"),
    ("A German online shop uses a customer service team in Manila who can see customers' orders and addresses. The outsourcing contract includes the Commission's standard contractual clauses.",
     "transfer=y art44.adequacy=n art44.safeguards=y art49.no_adequacy=n art44.bcr=n art28.processor=y"),
    ("A French start-up stores its users' data with a hosting provider in Tokyo.",
     "transfer=y art44.adequacy=y art49.no_adequacy=n art28.processor=y art44.safeguards=u art44.bcr=n"),
    ("A Swedish company sends employee data to its group headquarters in Bangalore under binding corporate rules approved by the Swedish authority.",
     "transfer=y art44.bcr=y art44.adequacy=n art44.safeguards=y art49.no_adequacy=n"),
    ("A travel agency in Madrid sent a customer's passport details to a hotel in Cape Town to book the room she had ordered.",
     "transfer=y art49.contract=y art44.derogation=y art44.adequacy=n art44.safeguards=u art49.explicit_consent=u"),
    ("A Polish law firm sent evidence containing a former employee's emails to a New York court, for a lawsuit its client is defending there.",
     "transfer=y art49.legal_claims=y art44.derogation=y art44.safeguards=u art49.explicit_consent=u"),
    ("An Italian climber was found unconscious in Nepal; his hospital in Milan sent his medical history to the Kathmandu hospital treating him.",
     "transfer=y art49.vital=y art9.special=y art44.adequacy=n art49.explicit_consent=n art44.safeguards=u"),
    ("An EU app developer sends users' analytics data to servers in China with no contractual clauses or other safeguards; users were never asked about it.",
     "transfer=y art49.no_adequacy=y art49.explicit_consent=n art44.safeguards=n art44.adequacy=n art44.bcr=n"),
    ("A company keeps all customer data in data centres in Ireland and Finland, and its only support staff work in Oslo.",
     "transfer=n personal_data=y in_scope=y breach=u"),
    ("A customer was told her data would go to a call centre in Egypt, that no adequacy decision or safeguards covered it, and what that could mean; she ticked 'I agree to this transfer'.",
     "art49.explicit_consent=y art49.no_adequacy=y transfer=y art44.adequacy=n art44.safeguards=n art44.derogation=y"),
    ("A national tax authority in the EU sent details of a taxpayer's foreign accounts to the US tax authority under an international tax-cooperation agreement.",
     "transfer=y art49.public_interest=y in_scope=y art9.special=n art44.safeguards=u"),
    ("A gym collected members' phone numbers as emergency contacts and later used them to send sales texts for a partner's protein powder.",
     "art5.purpose=n art21.direct_marketing=y art6.consent=u art13.from_subject=y art21.objection=u"),
    ("A recruitment agency still keeps CVs of candidates who applied in 2009 for jobs long since filled, with no plan to delete them.",
     "art5.storage=n art17.not_needed=y art17.erasure_request=u art5.minimised=u art17.erased=n"),
    ("A car rental company's booking form asks for customers' religion and sexual orientation.",
     "art5.minimised=n art9.special=y art6.contract=u art9.explicit_consent=u art13.from_subject=y"),
    ("A ministry publishes yearly counts of road accidents per region, with no details about any individual.",
     "personal_data=n in_scope=y art9.special=n"),
    ("A literary archive digitised letters written by a poet who died in 1890.",
     "personal_data=n in_scope=y"),
    ("A business directory lists multinational corporations' names, VAT numbers and head-office addresses.",
     "personal_data=n art9.special=n"),
    ("A homeowner's doorbell camera films only his own doorstep and front garden.",
     "in_scope=n personal_data=y art35.high_risk_processing=n transfer=u"),
    ("A customer phoned her bank to say she wanted paper statements stopped and would use the app instead.",
     "request=n personal_data=y art17.erasure_request=n art21.objection=n"),
    ("A firewall blocked a port scan against an online shop's web server, and the logs confirmed that no data was reached.",
     "breach=n art32.measures=y art32.tested=u"),
    ("We are a small Latvian charity. Last month a volunteer left a printed list of 80 beneficiaries' names and addresses on a train. We told the Data State Inspectorate 30 hours after we found out.",
     "breach=y art33.notified=y art33.within_72=y in_scope=y art34.communicated=u art34.encrypted=n art33.unlikely_risk=u"),
    ("A Berlin bank uses an Indian IT services firm to run its core banking software, giving the firm's staff remote access to account data. No standard contractual clauses or other safeguards were signed.",
     "transfer=y art28.processor=y art44.safeguards=n art44.adequacy=n art49.no_adequacy=y art44.bcr=n art49.explicit_consent=u"),
    ("A cloud email provider serving a Finnish company brought in a US-based backup sub-processor after the company approved the change in writing.",
     "art28.subprocessor=y art28.sub_authorised=y transfer=y art28.processor=y art44.safeguards=u art44.adequacy=u"),
    ("A payroll provider lost a laptop holding a client's employee salary data and told the client three weeks later.",
     "breach=y art28.processor=y art33.notified=u art34.encrypted=u art28.contract=u art33.within_72=u"),
    ("A job applicant asked a company what data it held on her. It confirmed it held her CV and interview notes, named the recruiters who saw them, explained the purpose and how long they'd be kept, and attached copies.",
     "art15.access_request=y art15.confirmed=y art15.copy=y request=y art12.one_month=u art12.free=u"),
    ("A customer asked an airline for a copy of her booking data. The airline replied with a list of the categories it holds but refused to send the data itself.",
     "art15.access_request=y art15.copy=n request=y art12.free=u art12.one_month=u"),
    ("A charity's fundraising team screened donors' wealth using property records and press articles to decide whom to ask for large gifts, without ever telling the donors.",
     "art14.indirect=y art14.informed_month=n art5.transparent=n art6.consent=n art21.objection=u"),
    ("A university processes students' exam grades to award degrees under national higher-education law.",
     "art6.public_task=y personal_data=y art9.special=n art6.consent=u transfer=u"),
    ("Our HR department installed keystroke-logging software on every staff laptop to monitor productivity, without consulting anyone or assessing the privacy impact first.",
     "art35.high_risk_processing=y art35.dpia=n art6.consent=n art5.minimised=u art22.automated=u art13.identity_purposes=u"),
    ("A mayor asked a newspaper to delete an investigative article about bribes he took. The paper refused, citing press freedom.",
     "art17.erasure_request=y art17.keep_required=y art17.erased=n request=y art17.not_needed=u art21.direct_marketing=n"),
    ("A webshop relying on consent for tracking cookies shows a banner with 'Accept all' and 'Reject all' buttons of equal size, and stores each visitor's choice with a timestamp.",
     "art7.consent_based=y art7.demonstrable=y art7.distinguishable=y art7.conditional=n art7.withdrawable=u"),
    ("A customer objected to her bank profiling her spending for marketing purposes; the bank stopped the profiling that same day.",
     "art21.objection=y art21.direct_marketing=y art21.stopped=y request=y art21.compelling=n art12.one_month=y"),
    ("A sports club's volunteer treasurer kept members' bank details on his own laptop, which was stolen from his car.",
     "in_scope=y breach=y art32.measures=u art34.encrypted=u art33.notified=u art34.communicated=u"),
    ("A mother posts her children's school photos on a private Instagram account that only family members follow.",
     "in_scope=n personal_data=y transfer=u art35.high_risk_processing=n"),
    ("A library patron asked for his borrowing history on 10 January. The library sent it on 3 April without ever telling him there would be a delay.",
     "art12.one_month=n art12.extended=n art15.copy=y request=y art12.free=u"),
    ("A job applicant asked a retailer to delete his application after withdrawing from the process. It was deleted within a week.",
     "art17.erasure_request=y art17.erased=y art17.not_needed=y request=y art12.one_month=y"),
    ("An insurer's claims system flags certain claims for rejection, but a claims handler reviews and signs off each rejection before the customer is told.",
     "art22.automated=n art22.human_review=y art9.special=u"),
    ("A bank asked a customer, in a separate and specific tick box, whether she agreed to an algorithm deciding her credit card limit on its own; she ticked it.",
     "art22.explicit_consent=y art22.automated=y art7.distinguishable=y art22.law=u art7.consent_based=y art22.human_review=u"),
    # more controllers, processors and everyday flows
    ("A Portuguese hotel chain shares guest lists with the police as the national immigration law requires for foreign guests.",
     "art6.legal_obligation=y transfer=n art6.consent=u art13.identity_purposes=u"),
    ("A food-delivery app keeps couriers' GPS traces for six years with no reason given, although it only needs them for a few weeks to settle disputes.",
     "art5.storage=n art17.not_needed=y personal_data=y art5.minimised=u art17.erasure_request=u"),
    ("A supermarket loyalty app sends customers' purchase histories to an analytics firm in Singapore, which has no EU adequacy decision; the contract contains the standard contractual clauses.",
     "transfer=y art44.adequacy=n art44.safeguards=y art28.processor=y art44.bcr=n art49.no_adequacy=n"),
    ("An Austrian insurer sends claims data to its reinsurer in Zurich.",
     "transfer=y art44.adequacy=y art49.no_adequacy=n art44.safeguards=u"),
    ("An NGO helping refugees records their ethnicity and religion to match them with interpreters; each person signs a specific consent form in their own language.",
     "art9.special=y art9.explicit_consent=y art7.demonstrable=y art9.health_care=n art9.employment=n"),
    ("A newspaper's website shows readers' comments with their chosen usernames; nothing else is published.",
     "in_scope=y art25.by_default=y breach=u art9.special=u request=u"),
    ("A hospital in Lille suffered a ransomware attack that encrypted patient records and halted surgeries for two days. The data was restored from backups and no copying was detected.",
     "breach=y art9.special=y art32.measures=u art33.notified=u art34.communicated=u art9.health_care=y art33.within_72=u"),
    ("A cycling club emailed a newsletter to 300 members with all their addresses in the 'To' field instead of 'Bcc'.",
     "breach=y in_scope=y art33.unlikely_risk=u art34.encrypted=n art33.notified=u art34.communicated=u"),
    ("A fintech app denied a customer's overdraft request automatically. After she complained, a credit officer looked at her file and granted it.",
     "art22.automated=y art22.human_review=y art22.explicit_consent=u art22.law=u"),
    ("An employer requires staff to disclose trade union membership on a form so it can deduct union fees from salaries, as the collective agreement and labour law provide.",
     "art9.special=y art9.employment=y"),
    ("A dating app's privacy notice says it keeps chats 'for as long as we see fit' and does not mention users' rights.",
     "art13.rights_retention=n art5.transparent=n personal_data=y art13.identity_purposes=u art5.storage=u"),
    ("An e-commerce platform engaged a payment processor under a signed agreement with all the required terms; the processor holds ISO 27001 certification and undergoes yearly audits.",
     "art28.processor=y art28.contract=y art28.guarantees=y art28.subprocessor=u art28.sub_authorised=u"),
    ("A water utility kept customers' meter readings but recorded the wrong meter for a family, billing them three times their real usage for a year.",
     "art5.accurate=n personal_data=y art16.inaccurate=u art16.rectified=u request=u"),
    ("We're a Finnish software company. Our developers in Kyiv, Ukraine, can log in to production servers that hold EU customer data; we signed standard contractual clauses with our Ukrainian subsidiary.",
     "transfer=y art44.safeguards=y art44.adequacy=n art49.no_adequacy=n art49.explicit_consent=u"),
    ("A police officer in Belgium asked a supermarket for CCTV footage of a shoplifter, and the supermarket handed it over.",
     "in_scope=y transfer=n art21.direct_marketing=n art6.legal_obligation=u art9.special=n art6.legitimate=u"),
    ("A school in Ghent publishes pupils' exam results with their full names on a public noticeboard at the gate.",
     "art25.by_default=n art5.minimised=n personal_data=y art6.public_task=u art25.by_design=u"),
    ("A genealogy hobbyist builds her own family tree at home using names and birth dates of her living cousins.",
     "in_scope=n personal_data=y art9.special=u transfer=u art35.high_risk_processing=n"),
    ("A phone shop staff member photocopied customers' ID cards and took the copies home to sell; the shop discovered this on 8 May and informed the authority on 9 May.",
     "breach=y art33.within_72=y art33.notified=y art34.high_risk=y art33.unlikely_risk=n art34.communicated=u"),
    ("A health insurer's app processed the step counts of 300,000 users to adjust their premiums automatically, with no human involvement.",
     "art22.automated=y art35.high_risk_processing=y art22.human_review=u art35.dpia=u art22.explicit_consent=u art22.law=u"),
    ("An online clothing store relies on a US analytics vendor certified under the EU-US Data Privacy Framework.",
     "transfer=y art44.adequacy=y art49.no_adequacy=n art44.safeguards=u art28.processor=y"),
    ("A Spanish hospital sends tumour samples data to a research consortium in the UK for a cancer registry study under national research law.",
     "transfer=y art44.adequacy=y art9.research=y art9.special=y art9.explicit_consent=u"),
    ("A local council's social services department records a child's abuse allegations and the family's health situation to decide on protective measures under child welfare law.",
     "art9.special=y art6.public_task=y art9.health_care=y"),
    ("A political party in Italy emailed campaign leaflets to people whose addresses it had scraped from a public online directory without telling them.",
     "art14.indirect=y art14.informed_month=n art21.direct_marketing=y art6.consent=n art9.special=u"),
    ("A kindergarten asked parents for written consent before posting photos of their children on its website; three parents refused and their children's photos were not used.",
     "art7.consent_based=y art7.demonstrable=y in_scope=y art9.special=u art7.withdrawable=u"),
    ("An employee asked her employer to restrict use of her disputed performance rating until the accuracy was checked.",
     "request=y art17.erasure_request=n personal_data=y art12.one_month=u"),
    ("A mobile carrier sold its customers' location histories to a marketing broker; customers had agreed only to network service terms, which said nothing about selling data.",
     "art5.purpose=n art6.consent=n art5.transparent=n transfer=u"),
    # added for label balance within families
    ("Two friends run a WhatsApp group to plan their children's birthday parties and swap other parents' phone numbers in it.",
     "in_scope=n personal_data=y art9.special=n"),
    ("A retired teacher writes a private diary about the people in her village.",
     "in_scope=n personal_data=y art35.high_risk_processing=n"),
    ("A student keeps his classmates' phone numbers in his phone's contacts to arrange football games.",
     "in_scope=n personal_data=y art6.consent=u"),
    ("A weather service publishes hourly temperature and rainfall readings from its stations.",
     "personal_data=n in_scope=y art9.special=n"),
    ("A research institute publishes unemployment rates by region, aggregated from survey answers so that no respondent can be identified.",
     "personal_data=n in_scope=y"),
    ("A pharmacy chain in Vienna keeps all customer data on its own servers in Austria and uses no outside IT providers.",
     "transfer=n art28.processor=n art9.special=u"),
    ("A Latvian logistics firm shares its drivers' schedules with its own depots in Estonia and Lithuania.",
     "transfer=n in_scope=y"),
    ("A Belgian web agency hosts its clients' customer databases on servers it owns in Brussels, doing nothing with the data except hosting it under signed processing agreements.",
     "art28.processor=y art28.contract=y transfer=n art28.subprocessor=n"),
    ("Two shops each decide for themselves how they use a shared list of customers for their own marketing; neither follows the other's instructions.",
     "art28.processor=n art21.direct_marketing=y"),
    ("A clerk at a Greek bank's branch looks up customers' balances when they come to the counter, as part of her job.",
     "art28.processor=n in_scope=y breach=n"),
    ("A Dutch webshop collects newsletter subscribers through an unticked opt-in box, separate from its terms and conditions.",
     "art6.consent=y art7.consent_based=y art7.distinguishable=y art7.conditional=n"),
    ("Before recording customers' food allergies for personalised meal plans, a meal-kit company asked for, and got, their explicit written consent.",
     "art9.explicit_consent=y art9.special=y art6.consent=y art7.demonstrable=y"),
    ("A hospital in Malta uses patients' scans to diagnose them, and, where a patient explicitly agreed on a separate form, also to train a diagnostic AI.",
     "art9.explicit_consent=y art9.health_care=y art9.special=y"),
    ("A bank processes account data to execute the payments its customers instruct; it does not ask for consent and relies on the account contract.",
     "art7.consent_based=n art6.contract=y art6.consent=n"),
    ("An employer processes staff salaries to pay them under their employment contracts and to report income to the tax office as the law requires.",
     "art7.consent_based=n art6.contract=y art6.legal_obligation=y"),
    ("A customer emailed an online shop to complain that her parcel came late and asked for a refund.",
     "request=n art15.access_request=n art17.erasure_request=n"),
    ("A user asked a social network to fix the wrong birth date on his profile; the network corrected it within a week.",
     "art16.inaccurate=y art16.rectified=y art15.access_request=n request=y"),
    ("A marketing firm collects email addresses only through the sign-up form on its own website.",
     "art14.indirect=n art13.from_subject=y"),
    ("New patients at a clinic in Tallinn fill in their own medical history on a tablet in the waiting room.",
     "art14.indirect=n art13.from_subject=y art9.special=y art9.health_care=y"),
    ("A sports retailer's routine security audit found no sign of intrusion: all systems were intact and no data had left the network.",
     "breach=n art32.tested=y"),
    ("A hospital's quarterly backup restore test succeeded; no patient records were lost, altered or exposed.",
     "breach=n art32.tested=y art32.measures=y"),
    ("An insurer's stolen laptop held 40,000 policyholders' claims, but the disk was strongly encrypted and the key was kept elsewhere. The insurer decided not to write to the customers.",
     "art34.encrypted=y art34.communicated=n breach=y art34.high_risk=n"),
    ("A webshop whose customer passwords leaked in plain text emailed every affected customer the same day, telling them to change their passwords.",
     "art34.communicated=y art34.encrypted=n breach=y"),
    ("After hackers stole 8,000 patients' records, a clinic told the regulator within two days and sent each patient a letter the following week.",
     "art34.communicated=y art33.within_72=y art33.notified=y art9.special=y"),
    ("A bike-rental app is aimed at adults: it requires a credit card and users must confirm they are over 18.",
     "art8.child_service=n personal_data=y"),
    ("A French employer sends payroll data to a payroll bureau in Lille.",
     "transfer=n art28.processor=y art6.legal_obligation=u"),
    ("A Czech company sent its customer list to a US marketing firm, not certified under the Data Privacy Framework, for the US firm's own campaigns, without safeguards and without asking any customer.",
     "transfer=y art44.derogation=n art49.explicit_consent=n art44.adequacy=n art44.safeguards=n"),
    ("A tax authority uses an automated system, authorised by national law with safeguards, to issue preliminary tax assessments without an official reviewing each one.",
     "art22.automated=y art22.law=y art6.public_task=y"),
    ("An airline's chatbot decides nothing itself; it passes every refund request to a human agent, who decides.",
     "art22.automated=n art22.human_review=y"),
    ("A customer asked an online shop for a copy of her data this month and received it, free of charge, eight days later.",
     "art12.free=y art12.one_month=y art15.copy=y art12.extended=n"),
    ("A customer asked a telecom company for a second copy of the data it had sent her a week earlier; it charged a 5 euro administrative fee for the extra copy.",
     "art12.free=n art15.access_request=y art12.unfounded=u"),
    ("A retailer emailed a special offer to customers who had ticked an opt-in box at checkout.",
     "art6.consent=y art21.direct_marketing=y art21.objection=u"),
    ("A gym's members agreed at sign-up to receive its newsletter, and the gym keeps the signed forms.",
     "art6.consent=y art7.demonstrable=y art7.consent_based=y"),
    ("A supervisory authority found that a retailer had passed customers' purchase data to a partner without any legal basis at all.",
     "art17.unlawful=y art6.consent=n breach=u"),
    ("A Spanish insurer sends claims files to its own loss adjusters in Madrid and Seville.",
     "transfer=n personal_data=y art9.special=u"),
    ("A Hungarian school uses a cloud platform hosted in Budapest; the provider has its own sub-processor list, which the school never approved.",
     "art28.processor=y art28.subprocessor=y art28.sub_authorised=n transfer=n"),
    ("A Romanian courier app sends delivery addresses to drivers' phones and deletes them 24 hours after delivery.",
     "art5.storage=y art5.minimised=u transfer=u"),
    ("A manufacturer collects vibration readings from the machines on its factory floor; it has not said whether the readings are linked to the workers operating them.",
     "personal_data=u in_scope=y transfer=u art9.special=n"),
    ("A website logs visitors' IP addresses for seven days to detect attacks on its login page.",
     "personal_data=y art6.legitimate=y art6.consent=u transfer=u"),
    ("Photos of a street festival showing passers-by's faces were uploaded to a photo-sharing site; it is not known who uploaded them or why.",
     "in_scope=u personal_data=y art6.consent=u"),
    ("A spreadsheet of names and phone numbers was found on a USB stick in a park, and nobody knows who made it.",
     "in_scope=u personal_data=y breach=u"),
    ("A smart-thermostat maker records the temperature settings of each household account in its app.",
     "personal_data=y transfer=u art9.special=n art35.dpia=u"),
    ("An online car insurer prices and accepts applications automatically, which it says is the only way it can quote instantly; an applicant who is refused can ask an underwriter to look again.",
     "art22.automated=y art22.contract=y art22.human_review=y art22.explicit_consent=u art9.special=n"),
    ("A landlord's screening app automatically rejects rental applicants who have ever missed a payment; no law provides for it and the applicants never agreed to it.",
     "art22.automated=y art22.law=n art22.explicit_consent=n art22.human_review=u"),
]


def parse(spec: str) -> list[tuple[str, str]]:
    out = []
    for tok in spec.split():
        key, lab = tok.split("=")
        out.append((key, LABEL[lab]))
    return out


# --------------------------------------------------------------------------------------------
# deadline templates: labels computed from the dates / counts

HIPAA_ACTORS = [
    "Westbrook Hospital", "a dermatology practice in Tampa", "Pine Valley Health Plan", "a chain of urgent care clinics",
    "a pediatric dental office", "an independent pharmacy in Ohio", "a home-health agency", "a behavioral health center",
    "a radiology group in Phoenix", "a county hospital district", "an orthodontist's office", "a physical therapy practice",
]
GDPR_ACTORS = [
    "a Dutch online shoe shop", "a Belgian bank", "an Irish fitness app", "a charity in Lyon", "a Finnish school district",
    "an Estonian fintech start-up", "a hotel chain in Lisbon", "the HR department of a Polish factory", "a Czech car dealer",
    "a municipal library in Graz", "a Danish dating app", "an Italian insurer", "a Greek travel agency", "a Slovenian telecom",
]
HIPAA_INCIDENTS = [
    "found that a lost tablet held {n} patients' records", "learned that a misdirected fax had exposed {n} patients' lab results",
    "discovered that a former employee had downloaded {n} patients' files", "found that {n} patients' billing records had been posted online by mistake",
    "learned that a stolen laptop contained records of {n} patients", "discovered a phishing attack on an inbox with {n} patients' data",
]
GDPR_INCIDENTS = [
    "learned that a misconfigured server had exposed {n} customers' records", "discovered that ransomware had copied {n} users' files",
    "found out that an employee had emailed {n} people's details to the wrong company", "realised that a stolen laptop held {n} clients' files",
    "discovered that its mailing list of {n} subscribers had been leaked",
]


def fmt_day(d: dt.date, rng: random.Random) -> str:
    return rng.choice([f"{d.day} {d:%B}", f"{d:%B} {d.day}"])


def dated_pairs(rng: random.Random, q: dict[str, dict[str, str]]) -> list[dict]:
    rows: list[dict] = []

    def add(pack, scenario, key, label):
        qid = key.split(".")[-1]
        rows.append({"scenario": scenario, "question": q[pack][key], "answer": label, "family": f"{pack}-{qid}"})

    # GDPR art33: 72 hours from awareness (day + hour) to notification
    for i in range(18):
        start = dt.datetime(2023, rng.randint(1, 12), rng.randint(1, 26), rng.choice([8, 9, 11, 14, 16, 18, 22]))
        hours = rng.choice([6, 20, 30, 47, 60, 70, 78, 90, 120, 200, 400])
        end = start + dt.timedelta(hours=hours)
        actor = GDPR_ACTORS[i % len(GDPR_ACTORS)]
        inc = rng.choice(GDPR_INCIDENTS).format(n=f"{rng.choice([40, 350, 1200, 9000, 52000]):,}")
        why = ""
        if hours > 72 and i % 2 == 0:
            why = rng.choice([" The report gave no reason for the delay.", " The report explained that the logs had first to be restored."])
        s = (f"At {start:%H}:00 on {start:%A} {fmt_day(start.date(), rng)}, {actor} {inc}. "
             f"It reported the incident to the data protection authority at {end:%H}:00 on {end:%A} {fmt_day(end.date(), rng)}.{why}")
        add("gdpr", s, "art33.within_72", "yes" if hours <= 72 else "no")
        if why:
            add("gdpr", s, "art33.reasons", "no" if "no reason" in why else "yes")
        elif i % 3 == 0:
            add("gdpr", s, "art33.notified", "yes")
        if i % 3 == 1:
            add("gdpr", s, "art34.communicated" if i % 6 == 1 else "breach", "unknown" if i % 6 == 1 else "yes")
        if i % 3 == 2:
            add("gdpr", s, "art34.encrypted", "unknown")
    # GDPR art12: one month to answer a request (calendar month)
    for i in range(14):
        start = dt.date(2024, rng.randint(1, 11), rng.randint(1, 28))
        days = rng.choice([5, 12, 21, 27, 29, 40, 45, 62, 90])
        end = start + dt.timedelta(days=days)
        month_end = dt.date(start.year + (start.month == 12), start.month % 12 + 1, start.day)
        actor = GDPR_ACTORS[(i + 5) % len(GDPR_ACTORS)]
        kind = rng.choice(["a copy of all the data it held on him", "access to her personal data", "a copy of his customer file"])
        s = (f"A customer asked {actor} on {fmt_day(start, rng)} for {kind}. "
             f"The full reply reached the customer on {fmt_day(end, rng)}, with no message in between.")
        add("gdpr", s, "art12.one_month", "yes" if end <= month_end else "no")
        if i % 3 == 0:
            add("gdpr", s, "art15.access_request", "yes")
        if i % 2 == 0:
            add("gdpr", s, "art12.extended", "no")
        elif i % 4 == 1:
            add("gdpr", s, "art12.free", "unknown")
        else:
            add("gdpr", s, "art17.erasure_request", "no")
    # HIPAA 164.404: 60 calendar days from discovery to individual notice
    for i in range(14):
        start = dt.date(2023, rng.randint(1, 12), rng.randint(1, 28))
        days = rng.choice([9, 25, 41, 55, 59, 66, 80, 120, 200])
        end = start + dt.timedelta(days=days)
        actor = HIPAA_ACTORS[i % len(HIPAA_ACTORS)]
        n = rng.choice([12, 80, 230, 499, 640, 3100, 15000])
        inc = rng.choice(HIPAA_INCIDENTS).format(n=f"{n:,}")
        s = f"On {fmt_day(start, rng)}, {actor} {inc}. Letters to the affected patients were mailed on {fmt_day(end, rng)}."
        add("hipaa", s, "404.within_60", "yes" if days <= 60 else "no")
        add("hipaa", s, "408.large", "yes" if n >= 500 else "no")
        add("hipaa", s, ["unsecured", "406.media", "408.contemporaneous"][i % 3], "unknown")
    # HIPAA 164.410: business associate to covered entity within 60 days
    bas = ["A billing vendor", "A cloud backup provider", "A medical transcription firm", "An IT support contractor", "A claims clearinghouse"]
    for i in range(10):
        start = dt.date(2024, rng.randint(1, 10), rng.randint(1, 28))
        days = rng.choice([3, 14, 30, 57, 64, 75, 100])
        end = start + dt.timedelta(days=days)
        s = (f"{bas[i % len(bas)]} working for {HIPAA_ACTORS[(i + 3) % len(HIPAA_ACTORS)]} discovered on {fmt_day(start, rng)} "
             f"that patient files in its care had been exposed. It told its client on {fmt_day(end, rng)}.")
        add("hipaa", s, "410.within_60", "yes" if days <= 60 else "no")
        if i % 2:
            add("hipaa", s, "unsecured", "unknown")
        else:
            add("hipaa", s, "410.ba", "yes")
        if i % 3 == 0:
            add("hipaa", s, "404.notified", "unknown")
    # HIPAA 164.524: 30 days to act on an access request
    for i in range(10):
        start = dt.date(2024, rng.randint(1, 11), rng.randint(1, 28))
        days = rng.choice([4, 11, 19, 28, 30, 35, 52, 75])
        end = start + dt.timedelta(days=days)
        who, pron = rng.choice([("Mrs. Patel", "her"), ("Mr. Okafor", "his"), ("Ms. Larsen", "her"), ("Mr. Nguyen", "his"),
                                ("Mrs. Gomez", "her"), ("Mr. Schultz", "his")])
        s = (f"{who} asked {HIPAA_ACTORS[(i + 6) % len(HIPAA_ACTORS)]} on {fmt_day(start, rng)} for a copy of {pron} medical records. "
             f"A copy was sent on {fmt_day(end, rng)}; no extension was ever requested.")
        add("hipaa", s, "524.timely", "yes" if days <= 30 else "no")
        if i % 2 == 0:
            add("hipaa", s, "524.excepted", "unknown")
        else:
            add("hipaa", s, "524.other_ground", "unknown")
    # HIPAA 164.406 / 164.408: residents of one state, > 500 vs >= 500
    states = ["Maine", "Iowa", "Nevada", "Georgia", "Utah", "Kansas", "Vermont", "Oregon"]
    for i, n in enumerate([120, 480, 499, 500, 501, 760, 2400, 38000]):
        st = states[i]
        s = (f"A breach at {HIPAA_ACTORS[(i + 2) % len(HIPAA_ACTORS)]} exposed the records of {n:,} patients, "
             f"all of them residents of {st}.")
        add("hipaa", s, "406.over_500", "yes" if n > 500 else "no")
        add("hipaa", s, "408.large", "yes" if n >= 500 else "no")
        if i % 2:
            add("hipaa", s, "406.media", "unknown")
    return rows


def generate(seed: int = 0) -> list[dict]:
    q = load_questions()
    rows: list[dict] = []
    seen: set[tuple[str, str]] = set()
    for pack, items in (("hipaa", HIPAA), ("gdpr", GDPR)):
        for scenario, spec in items:
            for key, label in parse(spec):
                question = q[pack][key]
                if (scenario, question) in seen:
                    raise ValueError(f"duplicate pair: {scenario!r} / {key}")
                seen.add((scenario, question))
                rows.append({"scenario": scenario, "question": question, "answer": label,
                             "family": f"{pack}-{key.split('.')[-1]}"})
    for r in dated_pairs(random.Random(seed), q):
        if (r["scenario"], r["question"]) not in seen:
            seen.add((r["scenario"], r["question"]))
            rows.append(r)
    return rows


if __name__ == "__main__":
    rows = generate(0)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")
