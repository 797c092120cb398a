import type { TemplateFile } from '../template-file';

export const pl: TemplateFile = {
  _meta: {
    reviewed: false,
    note: 'Draft translation: needs review by a qualified translator before it is relied on.',
  },
  direction: 'ltr',
  locale: 'pl',
  visitTypes: {
    living_well: 'Spotkanie Living Well',
    tenancy_visit: 'Wizyta dotycząca najmu',
    repair_inspection: 'Oględziny naprawy',
    gas_safety_check: 'Kontrola instalacji gazowej',
    electrical_safety_check: 'Kontrola instalacji elektrycznej',
    damp_mould_investigation: 'Sprawdzenie wilgoci i pleśni',
    survey: 'Przegląd',
    home_improvement: 'Wizyta w sprawie ulepszeń w domu',
    digital_support: 'Pomoc w korzystaniu z internetu',
    emergency_repair: 'Naprawa awaryjna',
  },
  common: {
    greeting: 'Dzień dobry, {{name}},',
    purpose: 'Cel wizyty: {{purpose}}',
    duration: 'Wizyta potrwa około: {{duration}}.',
    previously: 'Poprzedni termin: {{previous}}.',
    linkWorksUntil: 'Link jest ważny do: {{replyBy}}.',
    expect:
      'Osoba, która przyjdzie, pokaże identyfikator ze zdjęciem. Może być z Państwem ktoś bliski. Prosimy powiedzieć nam, jeśli coś ułatwiłoby Państwu wizytę.',
    contact:
      'W razie pytań prosimy dzwonić pod numer {{phone}}. Osoby korzystające z telefonu tekstowego mogą dzwonić przez Relay UK: {{relay}}.',
    signOff: 'Zespół wizyt Doorstep',
    smsPurpose: 'Cel: {{purpose}}.',
    smsPrevious: 'Poprzednio: {{previous}}.',
    smsReplyBy: 'Ważny do: {{replyBy}}.',
    smsReference: 'Nr {{reference}}.',
    smsCall: 'Pytania: {{phone}}.',
    labelReference: 'Numer referencyjny',
    labelVisit: 'Wizyta',
    labelPurpose: 'Cel',
    labelWhen: 'Termin',
    labelPrevious: 'Poprzedni termin',
    labelDuration: 'Czas trwania',
    labelReplyBy: 'Termin wyboru',
    labelLink: 'Link do rezerwacji',
    labelPhone: 'Telefon',
    labelRelay: 'Relay UK',
  },
  kinds: {
    invitation: {
      subject: '{{visit}}: prosimy wybrać termin wizyty',
      title: 'Prosimy wybrać termin wizyty',
      intro: 'Chcielibyśmy odwiedzić Państwa w domu. Wizyta: {{visit}}.',
      action: 'Za pomocą tego linku można wybrać dogodny termin: {{link}}',
      actionByPhone: 'Prosimy zadzwonić pod numer {{phone}}, aby wybrać dogodny termin.',
      sms: 'Doorstep zaprasza: {{visit}}.',
      smsAction: 'Wybierz termin: {{link}}',
      smsActionByPhone: 'Zadzwoń pod {{phone}}, aby wybrać termin.',
    },
    booking_confirmation: {
      subject: '{{visit}}: wizyta zarezerwowana, termin: {{when}}',
      title: 'Wizyta jest zarezerwowana',
      intro: 'Wizyta jest zarezerwowana. Termin: {{when}}. Wizyta: {{visit}}.',
      action:
        'Aby zmienić lub odwołać wizytę, prosimy użyć linku: {{link}} albo zadzwonić pod numer {{phone}}.',
      actionByPhone: 'Aby zmienić lub odwołać wizytę, prosimy zadzwonić pod numer {{phone}}.',
      sms: 'Doorstep: {{visit}}, termin: {{when}}.',
      smsAction: 'Zmiana: {{link}}',
      smsActionByPhone: 'Zmiana: zadzwoń pod {{phone}}.',
    },
    reschedule: {
      subject: '{{visit}}: nowy termin wizyty: {{when}}',
      title: 'Wizyta ma nowy termin',
      intro: 'Termin wizyty się zmienił. Nowy termin: {{when}}. Wizyta: {{visit}}.',
      action:
        'Aby zmienić lub odwołać wizytę, prosimy użyć linku: {{link}} albo zadzwonić pod numer {{phone}}.',
      actionByPhone: 'Aby zmienić lub odwołać wizytę, prosimy zadzwonić pod numer {{phone}}.',
      sms: 'Doorstep: {{visit}}, nowy termin: {{when}}.',
      smsAction: 'Zmiana: {{link}}',
      smsActionByPhone: 'Zmiana: zadzwoń pod {{phone}}.',
    },
    cancellation: {
      subject: '{{visit}}: wizyta odwołana, termin: {{when}}',
      title: 'Wizyta jest odwołana',
      intro:
        'Wizyta jest odwołana. Termin: {{when}}. Nikt nie przyjdzie wtedy do Państwa domu. Wizyta: {{visit}}.',
      action:
        'Jeśli nadal potrzebują Państwo wizyty, prosimy użyć linku: {{link}} albo zadzwonić pod numer {{phone}}.',
      actionByPhone:
        'Jeśli nadal potrzebują Państwo wizyty, prosimy zadzwonić pod numer {{phone}}.',
      sms: 'Doorstep: {{visit}}, {{when}} – odwołana.',
      smsAction: 'Nowa rezerwacja: {{link}}',
      smsActionByPhone: 'Nowa rezerwacja: zadzwoń pod {{phone}}.',
    },
    reminder: {
      subject: 'Przypomnienie – {{visit}}: termin wizyty: {{when}}',
      title: 'Przypomnienie o wizycie',
      intro: 'Przypominamy o wizycie. Termin: {{when}}. Wizyta: {{visit}}.',
      action:
        'Aby zmienić lub odwołać wizytę, prosimy użyć linku: {{link}} albo zadzwonić pod numer {{phone}}.',
      actionByPhone: 'Aby zmienić lub odwołać wizytę, prosimy zadzwonić pod numer {{phone}}.',
      sms: 'Doorstep przypomina: {{visit}}, {{when}}.',
      smsAction: 'Zmiana: {{link}}',
      smsActionByPhone: 'Zmiana: zadzwoń pod {{phone}}.',
    },
  },
};
