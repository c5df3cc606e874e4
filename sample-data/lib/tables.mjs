/**
 * The canonical tables as the generator writes them: column names and SQL types exactly as in
 * src/ingest/schema.ts (check.mjs verifies they still agree), plus the sort order of each file
 * (sorted files compress better and read naturally).
 */

const t = (sortBy, columns) => ({
  sortBy,
  columns: columns.split(/\s+/).filter(Boolean).map((spec) => {
    const [name, type] = spec.split(':');
    return { name, type };
  }),
});

export const TABLES = {
  partners: t('partner_id', `
    partner_id:VARCHAR partner_name:VARCHAR tier:VARCHAR parent_partner_id:VARCHAR region:VARCHAR province:VARCHAR
    city:VARCHAR industry:VARCHAR owner:VARCHAR signed_date:DATE status:VARCHAR certification:VARCHAR`),
  orders: t('order_date, order_id', `
    order_id:VARCHAR order_date:DATE partner_id:VARCHAR partner_name:VARCHAR salesperson:VARCHAR region:VARCHAR
    province:VARCHAR city:VARCHAR industry:VARCHAR end_customer:VARCHAR product:VARCHAR product_line:VARCHAR
    quantity:DOUBLE unit_price:DOUBLE amount:DOUBLE`),
  sellout: t('date, partner_id, product, customer', `
    date:DATE partner_id:VARCHAR product:VARCHAR customer:VARCHAR region:VARCHAR quantity:DOUBLE amount:DOUBLE`),
  targets: t('period, salesperson', `
    period:VARCHAR salesperson:VARCHAR region:VARCHAR target_amount:DOUBLE target_new_partners:DOUBLE`),
  inventory: t('snapshot_date, partner_id, product', `
    snapshot_date:DATE partner_id:VARCHAR product:VARCHAR on_hand_qty:DOUBLE on_hand_value:DOUBLE`),
  receivables: t('invoice_date, invoice_id', `
    invoice_id:VARCHAR partner_id:VARCHAR invoice_date:DATE due_date:DATE amount:DOUBLE paid_amount:DOUBLE paid_date:DATE`),
  trainings: t('date, training_id', `
    training_id:VARCHAR date:DATE partner_id:VARCHAR type:VARCHAR attendees:INTEGER passed:INTEGER`),
  surveys: t('survey_date, partner_id', `
    survey_date:DATE partner_id:VARCHAR score_training:DOUBLE score_marketing:DOUBLE score_supply:DOUBLE
    score_price:DOUBLE score_rebate:DOUBLE score_overall:DOUBLE nps:INTEGER`),
  activities: t('date, activity_id', `
    activity_id:VARCHAR date:DATE type:VARCHAR region:VARCHAR partner_id:VARCHAR cost:DOUBLE attendees:INTEGER
    leads:INTEGER revenue:DOUBLE`),
  opportunities: t('created_date, opp_id', `
    opp_id:VARCHAR partner_id:VARCHAR salesperson:VARCHAR stage:VARCHAR amount:DOUBLE created_date:DATE
    close_date:DATE status:VARCHAR registered:BOOLEAN`),
  expenses: t('date, salesperson, category', `
    date:DATE salesperson:VARCHAR region:VARCHAR category:VARCHAR amount:DOUBLE`),
};

export const TABLE_ORDER = [
  'partners', 'orders', 'sellout', 'targets', 'inventory', 'receivables',
  'trainings', 'surveys', 'activities', 'opportunities', 'expenses',
];
