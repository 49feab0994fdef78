import {msg} from '@lit/localize';
import type {ConditionId} from '../../rules/conditions.js';

/** The reason as a screening result shows it: what the shopper told us. Only the screening shows it. */
export function conditionReason(id: ConditionId): string {
  switch (id) {
    case 'inflamed-skin':
      return msg('Your skin is inflamed or breaking out.', {id: 'screening.condition.inflamed-skin.reason'});
    case 'skin-infection':
      return msg('You have a skin infection.', {id: 'screening.condition.skin-infection.reason'});
    case 'broken-skin':
      return msg('You have cuts, wounds, sunburn or irritated skin.', {id: 'screening.condition.broken-skin.reason'});
    case 'very-sensitive-skin':
      return msg('Your skin is extremely sensitive.', {id: 'screening.condition.very-sensitive-skin.reason'});
    case 'skin-cancer':
      return msg('You have skin cancer, or a mole that is changing, raised or bleeding, in the area.', {
        id: 'screening.condition.skin-cancer.reason',
      });
    case 'eczema':
      return msg('You have eczema (atopic dermatitis).', {id: 'screening.condition.eczema.reason.atopic'});
    case 'rosacea':
      return msg('You have rosacea.', {id: 'screening.condition.rosacea.reason'});
    case 'psoriasis':
      return msg('You have psoriasis, or another long-lasting skin inflammation.', {
        id: 'screening.condition.psoriasis.reason.inflammation',
      });
    case 'keloid':
      return msg('You tend to form keloids or raised scars.', {id: 'screening.condition.keloid.reason'});
    case 'cold-sore-history':
      return msg('You get cold sores from time to time.', {id: 'screening.condition.cold-sore-history.reason'});
    case 'bleeding-disorder':
      return msg('You have a bleeding or clotting disorder.', {id: 'screening.condition.bleeding-disorder.reason'});
    case 'diabetes':
      return msg('You have diabetes, or wounds that heal slowly.', {id: 'screening.condition.diabetes.reason'});
    case 'autoimmune':
      return msg('You have an autoimmune or connective-tissue disease.', {id: 'screening.condition.autoimmune.reason'});
    case 'metal-allergy':
      return msg('You are allergic to nickel or stainless steel.', {id: 'screening.condition.metal-allergy.reason'});
    case 'blood-thinners':
      return msg('You take blood thinners.', {id: 'screening.condition.blood-thinners.reason'});
    case 'isotretinoin-current':
      return msg('Not while you take isotretinoin.', {id: 'screening.condition.isotretinoin-current.reason.not-while'});
    case 'isotretinoin-recent':
      return msg('You stopped isotretinoin in the last 6 months.', {id: 'screening.condition.isotretinoin-recent.reason'});
    case 'immunosuppressed':
      return msg('You have treatment that weakens the immune system.', {
        id: 'screening.condition.immunosuppressed.reason',
      });
    case 'active-retinoid':
      return msg('You used retinol, a retinoid, an AHA or a BHA in the last 5 days. Leave 5 days after the last use.', {
        id: 'screening.condition.active-retinoid.reason',
      });
    case 'recent-procedure':
      return msg(
        'You had a peel, laser, waxing, Botox or filler recently. Leave 4 weeks after a peel or laser, 1 week after waxing, and 2 weeks after Botox or filler.',
        {id: 'screening.condition.recent-procedure.reason'}
      );
    case 'under-18':
      return msg('Not while you are younger than 18.', {id: 'screening.condition.under-18.reason.not-while'});
    case 'pregnant':
      return msg('Not while you are pregnant or breastfeeding.', {id: 'screening.condition.pregnant.reason.not-while'});
    case 'regular-alcohol':
      return msg('You drink alcohol on most days of the week.', {
        id: 'screening.condition.regular-alcohol.reason.most-days',
      });
  }
}
